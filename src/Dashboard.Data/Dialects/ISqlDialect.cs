using System.Data.Common;
using Dashboard.Data.Queries;
using DbUp.Engine;

namespace Dashboard.Data.Dialects;

/// <summary>
/// Everything that differs between the engines, in one place: opening a connection, how a time is
/// stored, how a period is computed, and the migration engine. Queries keep their SQL next to
/// their Dapper call and ask the dialect only for these pieces.
/// </summary>
public interface ISqlDialect
{
    /// <summary>An open connection with the engine's per-connection settings applied.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// An open connection for changing stored data; every change goes through one, which moves
    /// <see cref="Writes"/>. On PostgreSQL its repeated statements are prepared on the server, for the
    /// writers that run the same statements row after row (an ingest batch, a re-extraction).
    /// </summary>
    Task<DbConnection> OpenForWritingAsync(CancellationToken cancellationToken = default);

    /// <summary>Moves whenever a writing connection opens or closes: saved query results are only reused while it stands still.</summary>
    DataVersion Writes { get; }

    /// <summary>A SQL expression for the first day of the period containing <paramref name="column"/>, as 'YYYY-MM-DD' text.</summary>
    string PeriodStart(Granularity granularity, string column);

    /// <summary>A SQL condition: <paramref name="column"/> contains the text of parameter <paramref name="parameter"/> (with its @).</summary>
    string ContainsText(string column, string parameter);

    /// <summary>A SQL expression for the start (midnight UTC) of the day of timestamp <paramref name="column"/>, stored like any timestamp.</summary>
    string DayStart(string column);

    /// <summary>A SQL expression for the start (midnight UTC of the first day) of the month of timestamp <paramref name="column"/>, stored like any timestamp.</summary>
    string MonthStart(string column);

    /// <summary>
    /// A SQL condition: <paramref name="column"/> is one of the values of the list parameter
    /// <paramref name="parameter"/> (with its @). Dapper expands a list into one parameter per value
    /// for SQLite, and passes it as one array to PostgreSQL, which compares with = ANY.
    /// </summary>
    string InList(string column, string parameter);

    /// <summary>The column of the full-text index that holds the article's id.</summary>
    string SearchIdColumn { get; }

    /// <summary>SQL that adds one article's search terms to the full-text index: parameters @Id and @Terms.</summary>
    string IndexSearchTermsSql { get; }

    /// <summary>A SQL query of one column, <c>article_id</c>: the articles that have every term of the search in <paramref name="parameter"/>.</summary>
    string SearchHits(string parameter);

    /// <summary>
    /// A SQL condition: the article whose id is in <paramref name="idColumn"/> has every term of the search in
    /// <paramref name="parameter"/>. Used row by row while walking the newest articles, so it must not build the
    /// whole hit list for each query.
    /// </summary>
    string IsSearchHit(string idColumn, string parameter);

    /// <summary>A SQL condition: the article whose id is in <paramref name="idColumn"/> is in the full-text index.</summary>
    string IsSearchIndexed(string idColumn);

    /// <summary>The parameter value of <see cref="SearchHits"/> that asks for all of <paramref name="terms"/> (normalised words).</summary>
    object SearchQuery(IReadOnlyList<string> terms);

    /// <summary>The parameter value that stores <paramref name="instant"/> in a timestamp column.</summary>
    object Timestamp(DateTimeOffset instant);

    /// <summary>The instant a timestamp column holds, from the value the driver returned.</summary>
    DateTimeOffset ReadTimestamp(object value);

    /// <summary>
    /// Statements run on a connection before a bulk write transaction, and after it (null when the
    /// engine needs none): room for the indexes an ingest batch updates all over, then back to the
    /// default, since the connection returns to a pool that readers share.
    /// </summary>
    (string Before, string After)? BulkWriteSettings { get; }

    /// <summary>
    /// The statement that refreshes the planner's statistics after a large ingest, or null when the
    /// engine is left to its own: plans chosen from statistics gathered before the rows arrived (or
    /// none yet) can read every row for a query an index answers at once.
    /// </summary>
    string? RefreshStatisticsSql { get; }

    /// <summary>
    /// Writes many rows inside the connection's open transaction the engine's fastest way: binary COPY
    /// on PostgreSQL, multi-row INSERTs through commands compiled once on SQLite.
    /// </summary>
    Task CopyRowsAsync(DbConnection connection, DbTransaction transaction, BulkRows rows, CancellationToken cancellationToken = default);

    /// <summary>A migration engine over this engine's numbered scripts.</summary>
    UpgradeEngine MigrationEngine();

    /// <summary>
    /// Closes the pooled connections, after the database failed under them (a file replaced or
    /// restored, a server restarted), so the next query opens a fresh one instead of reusing a broken one.
    /// </summary>
    void ForgetPooledConnections();
}
