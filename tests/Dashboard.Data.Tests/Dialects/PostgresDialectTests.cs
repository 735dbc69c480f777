using Dapper;

namespace Dashboard.Data.Tests.Dialects;

public sealed class PostgresDialectTests
{
    [SkippableTheory]
    [InlineData("الجزيرة نت")]
    public async Task AStatementRunTwiceOnAConnectionIsPreparedOnTheServer(string outlet)
    {
        Skip.IfNot(TestDatabase.IsPostgres, "a PostgreSQL behaviour: this run's engine is SQLite");
        using var database = new TestDatabase();
        await using var connection = await database.Dialect.OpenAsync();
        const string Lookup = "SELECT COUNT(*) FROM sources WHERE name = @Name";

        await connection.ExecuteScalarAsync<long>(Lookup, new { Name = outlet });
        await connection.ExecuteScalarAsync<long>(Lookup, new { Name = outlet });

        var prepared = await connection.QueryAsync<string>("SELECT statement FROM pg_prepared_statements");
        Assert.Contains(prepared, statement => statement.Contains("FROM sources WHERE name = $1", StringComparison.Ordinal));
    }
}
