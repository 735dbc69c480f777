using System.Data.Common;
using System.Globalization;
using Dashboard.Data.Queries;
using DbUp;
using DbUp.Engine;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Dialects;

/// <summary>SQLite: times as sortable UTC text, periods with its date functions, WAL for concurrent readers.</summary>
public sealed class SqliteDialect : ISqlDialect
{
    private const string TimestampFormat = "yyyy-MM-dd HH:mm:ss";
    private readonly string _connectionString;
    private bool _walSet;

    /// <summary>A dialect over the database the connection string names; its folder is created when missing.</summary>
    public SqliteDialect(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true, Pooling = true };
        if (builder.DefaultTimeout < 30)
        {
            // Writers wait for each other instead of failing with "database is locked".
            builder.DefaultTimeout = 30;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        _connectionString = builder.ToString();
    }

    /// <inheritdoc />
    public async Task<DbConnection> OpenForWritingAsync(CancellationToken cancellationToken = default) =>
        Writes.Track(await OpenAsync(cancellationToken));

    /// <inheritdoc />
    public DataVersion Writes { get; } = new();

    /// <inheritdoc />
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        if (!_walSet)
        {
            // Write-ahead logging lets dashboards read while an ingest writes; the mode stays with the file.
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL";
            await command.ExecuteScalarAsync(cancellationToken);
            _walSet = true;
        }

        return connection;
    }

    /// <inheritdoc />
    /// <remarks>
    /// SQLite's default page cache (2 MB) is far smaller than the mention, fact and story-band
    /// indexes an ingest batch inserts into at random places; with 64 MB the pages stay cached
    /// instead of being read back for each row. Synchronous NORMAL is safe in WAL mode: a killed
    /// process loses no committed batch (only a power cut can lose the last one).
    /// </remarks>
    // SQLite plans without statistics unless ANALYZE ran; every panel was measured that way, so none are gathered.
    /// <inheritdoc />
    public string? RefreshStatisticsSql => null;

    /// <inheritdoc />
    public (string Before, string After)? BulkWriteSettings => ("PRAGMA cache_size = -65536; PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -2000; PRAGMA synchronous = FULL");

    /// <inheritdoc />
    public string PeriodStart(Granularity granularity, string column) => granularity switch
    {
        Granularity.Day => $"substr({column}, 1, 10)",
        Granularity.Week => $"date({column}, '-' || ((CAST(strftime('%w', {column}) AS INTEGER) + 6) % 7) || ' days')",
        Granularity.Month => $"substr({column}, 1, 7) || '-01'",
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, null),
    };

    /// <inheritdoc />
    public string ContainsText(string column, string parameter) => $"instr({column}, {parameter}) > 0";

    /// <inheritdoc />
    public string DayStart(string column) => $"substr({column}, 1, 10) || ' 00:00:00'";

    /// <inheritdoc />
    public string MonthStart(string column) => $"substr({column}, 1, 7) || '-01 00:00:00'";

    /// <inheritdoc />
    public string InList(string column, string parameter) => $"{column} IN {parameter}";

    /// <inheritdoc />
    public string SearchIdColumn => "rowid";

    /// <inheritdoc />
    public string IndexSearchTermsSql => "INSERT INTO article_search (rowid, terms) VALUES (@Id, @Terms)";

    /// <inheritdoc />
    public string SearchHits(string parameter) =>
        $"SELECT rowid AS article_id FROM article_search WHERE article_search MATCH {parameter}";

    /// <inheritdoc />
    // A rowid lookup in the word's hit list: "id IN (hits)" made SQLite copy the whole list first, 1.1 s for a
    // word in most of a million articles, even when the page's ten hits were among the newest rows.
    public string IsSearchHit(string idColumn, string parameter) =>
        $"EXISTS (SELECT 1 FROM article_search WHERE article_search MATCH {parameter} AND rowid = {idColumn})";

    /// <inheritdoc />
    public string IsSearchIndexed(string idColumn) => $"EXISTS (SELECT 1 FROM article_search WHERE rowid = {idColumn})";

    /// <inheritdoc />
    public object SearchQuery(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);

        // Each term quoted as an FTS5 string, so no letter of it is read as an operator; juxtaposed strings mean AND.
        return string.Join(' ', terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }

    /// <inheritdoc />
    public object Timestamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public DateTimeOffset ReadTimestamp(object value) => value switch
    {
        string text => new DateTimeOffset(DateTime.ParseExact(text, TimestampFormat, CultureInfo.InvariantCulture), TimeSpan.Zero),
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        _ => throw new InvalidCastException($"A SQLite timestamp is text, not {value?.GetType().Name ?? "null"}."),
    };

    /// <inheritdoc />
    public Task CopyRowsAsync(DbConnection connection, DbTransaction transaction, BulkRows rows, CancellationToken cancellationToken = default) =>
        MultiRowInsert.WriteAsync(connection, transaction, rows, cancellationToken);

    /// <inheritdoc />
    public void ForgetPooledConnections() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    /// <inheritdoc />
    public UpgradeEngine MigrationEngine() =>
        DeployChanges.To.SqliteDatabase(_connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(SqliteDialect).Assembly, name => name.StartsWith("sql.sqlite.", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();
}
