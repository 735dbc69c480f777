using Dapper;

namespace Dashboard.Data.Tests.Dialects;

public sealed class PostgresDialectTests
{
    // Writers repeat their statements row after row; readers are planned for each run's values.
    [SkippableTheory]
    [InlineData("الجزيرة نت", true)]
    [InlineData("الجزيرة نت", false)]
    public async Task AStatementRunTwiceIsPreparedOnTheServerOnlyOnAWritingConnection(string outlet, bool writing)
    {
        Skip.IfNot(TestDatabase.IsPostgres, "a PostgreSQL behaviour: this run's engine is SQLite");
        using var database = new TestDatabase();
        await using var connection = writing ? await database.Dialect.OpenForWritingAsync() : await database.Dialect.OpenAsync();
        const string Lookup = "SELECT COUNT(*) FROM sources WHERE name = @Name";

        await connection.ExecuteScalarAsync<long>(Lookup, new { Name = outlet });
        await connection.ExecuteScalarAsync<long>(Lookup, new { Name = outlet });

        var prepared = await connection.QueryAsync<string>("SELECT statement FROM pg_prepared_statements");
        Assert.Equal(writing, prepared.Any(statement => statement.Contains("FROM sources WHERE name = $1", StringComparison.Ordinal)));
    }

    [SkippableTheory]
    [InlineData("الجزيرة نت")]
    public async Task RefreshingTheStatisticsAnalyzesTheTablesAnIngestFilled(string outlet)
    {
        Skip.IfNot(TestDatabase.IsPostgres, "a PostgreSQL behaviour: this run's engine is SQLite");
        using var database = new TestDatabase();
        await database.Store().AddAsync([Sample.Article(outlet, "2017-01-01T10:00:00Z")]);

        await database.Store().RefreshStatisticsAsync();

        await using var connection = await database.Dialect.OpenAsync();
        var analyzed = await connection.QueryAsync<string>("SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL");
        Assert.Contains("articles", analyzed);
        Assert.Contains("article_search", analyzed);
    }
}
