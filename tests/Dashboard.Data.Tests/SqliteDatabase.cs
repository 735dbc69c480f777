using Dapper;
using Dashboard.Data.Articles;
using Dashboard.Data.Dialects;
using Dashboard.Data.Migrations;
using Dashboard.Data.Queries;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Tests;

/// <summary>A migrated SQLite database in a temporary file, deleted after the test.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-data-").FullName;

    public SqliteDatabase()
    {
        ConnectionString = $"Data Source={System.IO.Path.Combine(_folder, "test.db")}";
        Dialect = new SqliteDialect(ConnectionString);
        new SchemaMigrator(Dialect).Migrate();
    }

    public string ConnectionString { get; }

    public ISqlDialect Dialect { get; }

    public string Folder => _folder;

    public ArticleStore Store(TimeProvider? clock = null) => new(Dialect, Analyzer, clock ?? TimeProvider.System);

    public VolumeQueries VolumeQueries => new(Dialect);

    public ActorQueries Actors => new(Dialect);

    public CasualtyQueries Casualties => new(Dialect);

    public Dashboard.Data.Curation.ActorCuration Curation => new(Dialect);

    public Dashboard.Data.Extraction.Reextractor Reextractor => new(Dialect, Analyzer);

    private static readonly Dashboard.Core.Extraction.NewsTextAnalyzer Analyzer = new();

    public VolumeQueries Volume => new(Dialect);

    public ArticleQueries Articles => new(Dialect);

    public async Task<long> CountAsync(string table)
    {
        await using var connection = await Dialect.OpenAsync();
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await Dialect.OpenAsync();
        await connection.ExecuteAsync(sql);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
