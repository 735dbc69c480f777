using Dapper;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Tests.Dialects;

public sealed class CopyRowsTests
{
    private const string CreateTable = "CREATE TEMPORARY TABLE copied (number BIGINT NOT NULL, name TEXT NOT NULL, place TEXT)";

    // 250 rows are two full statements of 100 and a rest of 50 on SQLite, one COPY on PostgreSQL.
    [Theory]
    [InlineData(1, "أوباما", "واشنطن")]
    [InlineData(250, "باراك أوباما", null)]
    public async Task EveryRowCopiedIsStoredInOrderWithItsValues(int count, string name, string? place)
    {
        using var database = new TestDatabase();
        await using var connection = await database.Dialect.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(CreateTable, transaction: transaction);
        var rows = new BulkRows("copied", ["number", "name", "place"]);
        for (var i = 0; i < count; i++)
        {
            rows.Add((long)i, $"{name} {i}", place);
        }

        await database.Dialect.CopyRowsAsync(connection, transaction, rows);

        var stored = (await connection.QueryAsync<(long Number, string Name, string? Place)>(
            "SELECT number, name, place FROM copied ORDER BY number", transaction: transaction)).ToList();
        Assert.Equal(Enumerable.Range(0, count).Select(i => ((long)i, $"{name} {i}", place)), stored);
    }

    [Theory]
    [InlineData("الأناضول")]
    public async Task RowsCopiedInATransactionRolledBackAreNotStored(string name)
    {
        using var database = new TestDatabase();
        await using var connection = await database.Dialect.OpenAsync();
        await connection.ExecuteAsync("CREATE TABLE copied_then_undone (number BIGINT NOT NULL, name TEXT NOT NULL)");
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var rows = new BulkRows("copied_then_undone", ["number", "name"]);
            rows.Add(1L, name);
            await database.Dialect.CopyRowsAsync(connection, transaction, rows);
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM copied_then_undone"));
    }

    [Fact]
    public void ARowWithTheWrongNumberOfValuesIsRefusedNamingTheTableAndItsColumns()
    {
        var rows = new BulkRows("mentions", ["article_id", "actor_id"]);

        var refused = Assert.Throws<ArgumentException>(() => rows.Add(1L));

        Assert.Contains("mentions has 2 values (article_id, actor_id), not 1", refused.Message, StringComparison.Ordinal);
        Assert.Empty(rows.Rows);
    }
}
