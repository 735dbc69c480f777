using Dapper;
using Dashboard.Data.Articles;
using Dashboard.Data.Dialects;
using Dashboard.Data.Migrations;
using Dashboard.Data.Queries;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Dashboard.Data.Tests;

/// <summary>
/// A migrated, empty database for one test, deleted afterwards. The engine is SQLite (a temporary
/// file) unless <c>DASHBOARD_TEST_ENGINE=postgres</c>, when it is a new database on the server that
/// <c>DASHBOARD_TEST_POSTGRES</c> names: the test command runs this project once per engine.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    /// <summary>The variable that picks the engine: sqlite (the default) or postgres.</summary>
    public const string EngineVariable = "DASHBOARD_TEST_ENGINE";

    /// <summary>The variable holding the Npgsql connection string of the test server.</summary>
    public const string PostgresVariable = "DASHBOARD_TEST_POSTGRES";

    private static readonly Dashboard.Core.Extraction.NewsTextAnalyzer Analyzer = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-data-").FullName;
    private readonly string? _postgresDatabase;
    private QueryCache? _cache;
    private readonly string? _serverConnectionString;

    public TestDatabase()
    {
        if (IsPostgres)
        {
            _serverConnectionString = Environment.GetEnvironmentVariable(PostgresVariable)
                ?? throw new InvalidOperationException($"{EngineVariable}=postgres needs {PostgresVariable}, the test server's connection string.");
            _postgresDatabase = "test_" + Guid.NewGuid().ToString("N");
            using (var server = new NpgsqlConnection(_serverConnectionString))
            {
                server.Open();
                server.Execute($"CREATE DATABASE {_postgresDatabase}");
            }

            ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _postgresDatabase }.ToString();
            Dialect = new PostgresDialect(ConnectionString);
        }
        else
        {
            ConnectionString = $"Data Source={System.IO.Path.Combine(_folder, "test.db")}";
            Dialect = new SqliteDialect(ConnectionString);
        }

        new SchemaMigrator(Dialect).Migrate();
    }

    /// <summary>Whether this run's tests use PostgreSQL.</summary>
    public static bool IsPostgres => string.Equals(Environment.GetEnvironmentVariable(EngineVariable), "postgres", StringComparison.OrdinalIgnoreCase);

    public string ConnectionString { get; }

    public ISqlDialect Dialect { get; }

    /// <summary>A temporary folder for the test's input files, deleted with the database.</summary>
    public string Folder => _folder;

    public ArticleStore Store(TimeProvider? clock = null) => new(Dialect, Analyzer, clock ?? TimeProvider.System);

    /// <summary>
    /// The dashboard's result cache over this database, shared by the queries below: every test that
    /// writes and then reads again also checks that the write ended reuse of what was read before.
    /// </summary>
    public QueryCache Cache => _cache ??= new QueryCache(Dialect.Writes, QueryCacheSettings.Default);

    public VolumeQueries VolumeQueries => new(Dialect, Cache);

    public ActorQueries Actors => new(Dialect, Cache);

    public CasualtyQueries Casualties => new(Dialect, Cache);

    public Dashboard.Data.Curation.ActorCuration Curation => new(Dialect);

    public Dashboard.Data.Extraction.Reextractor Reextractor => new(Dialect, Analyzer);

    public VolumeQueries Volume => new(Dialect, Cache);

    public ArticleQueries Articles => new(Dialect, Cache);

    public async Task<long> CountAsync(string table)
    {
        await using var connection = await Dialect.OpenAsync();
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await Dialect.OpenForWritingAsync();
        await connection.ExecuteAsync(sql);
    }

    /// <summary>Makes the engine refuse, mid-transaction, any article with this title: a fault the store must roll back.</summary>
    public Task RefuseArticlesTitledAsync(string title) => ExecuteAsync(IsPostgres
        ? $"""
          CREATE FUNCTION refuse_title() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
              IF NEW.title = '{title}' THEN RAISE EXCEPTION 'refused'; END IF;
              RETURN NEW;
          END $$;
          CREATE TRIGGER refuse BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION refuse_title();
          """
        : $"CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.title = '{title}' BEGIN SELECT RAISE(ABORT, 'refused'); END");

    public void Dispose()
    {
        if (_postgresDatabase is not null)
        {
            ((IDisposable)Dialect).Dispose();
            using var server = new NpgsqlConnection(_serverConnectionString);
            server.Open();
            server.Execute($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)");
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
