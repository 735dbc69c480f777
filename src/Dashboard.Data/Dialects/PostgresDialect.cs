using System.Data.Common;
using Dashboard.Data.Queries;
using DbUp;
using DbUp.Engine;
using Npgsql;

namespace Dashboard.Data.Dialects;

/// <summary>
/// PostgreSQL: times as timestamptz in UTC, periods with date_trunc, full-text search with a
/// tsvector column under a GIN index, connections from one pooled data source.
/// </summary>
public sealed class PostgresDialect : ISqlDialect, IAsyncDisposable, IDisposable
{
    private readonly string _connectionString;
    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _writers;

    /// <summary>A dialect over the database the Npgsql connection string names.</summary>
    public PostgresDialect(string connectionString)
    {
        _connectionString = connectionString;
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _writers = NpgsqlDataSource.Create(WithAutoPrepare(connectionString));
    }

    /// <inheritdoc />
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<DbConnection> OpenForWritingAsync(CancellationToken cancellationToken = default) =>
        Writes.Track(await _writers.OpenConnectionAsync(cancellationToken));

    /// <inheritdoc />
    public DataVersion Writes { get; } = new();

    /// <inheritdoc />
    public string PeriodStart(Granularity granularity, string column) => granularity switch
    {
        // Periods are UTC days, like the stored instants; ISO weeks start on Monday, as in SQLite's query.
        Granularity.Day => $"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
        Granularity.Week => $"to_char(date_trunc('week', {column} AT TIME ZONE 'UTC'), 'YYYY-MM-DD')",
        Granularity.Month => $"to_char(date_trunc('month', {column} AT TIME ZONE 'UTC'), 'YYYY-MM-DD')",
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, null),
    };

    /// <inheritdoc />
    public string ContainsText(string column, string parameter) => $"strpos({column}, {parameter}) > 0";

    /// <inheritdoc />
    public string DayStart(string column) => $"date_trunc('day', {column}, 'UTC')";

    /// <inheritdoc />
    public string MonthStart(string column) => $"date_trunc('month', {column}, 'UTC')";

    /// <inheritdoc />
    public string InList(string column, string parameter) => $"{column} = ANY({parameter})";

    /// <inheritdoc />
    public (string Before, string After)? BulkWriteSettings => null;

    // Autovacuum analyzes a table once a tenth of it changed, but at a time of its own: a dashboard
    // queried right after a bulk load would be planned from the statistics of before it.
    /// <inheritdoc />
    public string? RefreshStatisticsSql => "ANALYZE";

    /// <inheritdoc />
    public string SearchIdColumn => "article_id";

    /// <inheritdoc />
    public string IndexSearchTermsSql => "INSERT INTO article_search (article_id, terms) VALUES (@Id, to_tsvector('simple', @Terms))";

    /// <inheritdoc />
    public string SearchHits(string parameter) =>
        $"SELECT article_id FROM article_search WHERE terms @@ plainto_tsquery('simple', {parameter})";

    /// <inheritdoc />
    public string IsSearchHit(string idColumn, string parameter) => $"{idColumn} IN ({SearchHits(parameter)})";

    /// <inheritdoc />
    public string IsSearchIndexed(string idColumn) => $"EXISTS (SELECT 1 FROM article_search WHERE article_id = {idColumn})";

    // plainto_tsquery ANDs the words and reads no operators, so any text is a safe query.
    /// <inheritdoc />
    public object SearchQuery(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return string.Join(' ', terms);
    }

    /// <inheritdoc />
    public object Timestamp(DateTimeOffset instant) => instant.UtcDateTime;

    /// <inheritdoc />
    public DateTimeOffset ReadTimestamp(object value) => value switch
    {
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time, DateTimeKind.Utc)),
        DateTimeOffset instant => instant.ToUniversalTime(),
        _ => throw new InvalidCastException($"A PostgreSQL timestamp is a DateTime, not {value?.GetType().Name ?? "null"}."),
    };

    /// <inheritdoc />
    /// <remarks>COPY runs in the transaction already open on the connection, so it needs no handle to it.</remarks>
    public Task CopyRowsAsync(DbConnection connection, DbTransaction transaction, BulkRows rows, CancellationToken cancellationToken = default) =>
        connection is NpgsqlConnection npgsql
            ? BinaryCopy.WriteAsync(npgsql, rows, cancellationToken)
            : throw new ArgumentException($"A PostgreSQL dialect copies over an Npgsql connection, not a {connection?.GetType().Name}.", nameof(connection));

    /// <inheritdoc />
    public void ForgetPooledConnections() => Npgsql.NpgsqlConnection.ClearAllPools();

    /// <inheritdoc />
    public UpgradeEngine MigrationEngine() =>
        DeployChanges.To.PostgresqlDatabase(_connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(PostgresDialect).Assembly, name => name.StartsWith("sql.postgres.", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await _writers.DisposeAsync();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _dataSource.Dispose();
        _writers.Dispose();
    }

    // The ingest writer runs the same statements row after row: on its connections, statements used
    // twice are prepared on the server (parsed once, 269 → 466 articles/s at 10,000), unless the
    // connection string already says how many to keep. Readers are not: a prepared statement is soon
    // planned once for any values, and a panel's best plan depends on them (a generic plan took a
    // search over a year for a range of 500 articles and joined all 100,000 by hash: 270 ms against 4).
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }
}
