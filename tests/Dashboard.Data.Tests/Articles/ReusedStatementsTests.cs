using Dapper;
using Dashboard.Data.Articles;

namespace Dashboard.Data.Tests.Articles;

public sealed class ReusedStatementsTests
{
    private const string InsertSource = "INSERT INTO sources (name) VALUES (@Name) RETURNING id";

    [Theory]
    [InlineData("راي اليوم", "الجزيرة نت", "روسيا اليوم")]
    public async Task AStatementRunAgainBindsEachCallsValuesAndReturnsEachRowsId(string first, string second, string third)
    {
        using var database = new TestDatabase();
        await using var connection = await database.Dialect.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var ids = new List<long?>();
        await using (var statements = new ReusedStatements(connection, transaction))
        {
            foreach (var name in new[] { first, second, third })
            {
                ids.Add(await statements.ScalarAsync(InsertSource, CancellationToken.None, ("Name", name)));
            }

            Assert.Equal(
                [.. ids.Select(id => id!.Value)],
                await statements.ColumnAsync("SELECT id FROM sources WHERE name <> @Name ORDER BY id", CancellationToken.None, ("Name", "")));
        }

        await transaction.CommitAsync();
        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal([first, second, third], await connection.QueryAsync<string>("SELECT name FROM sources ORDER BY id"));
    }

    [Theory]
    [InlineData("بغداد")]
    public async Task ANullValueIsStoredAsNullAndTheNextCallsValueIsNot(string dateline)
    {
        using var database = new TestDatabase();
        await using var connection = await database.Dialect.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("CREATE TEMPORARY TABLE datelines (id INTEGER NOT NULL, place TEXT)", transaction: transaction);
        await using (var statements = new ReusedStatements(connection, transaction))
        {
            const string Insert = "INSERT INTO datelines (id, place) VALUES (@Id, @Place)";
            await statements.ExecuteAsync(Insert, CancellationToken.None, ("Id", 1), ("Place", null));
            await statements.ExecuteAsync(Insert, CancellationToken.None, ("Id", 2), ("Place", dateline));
        }

        Assert.Equal([null, dateline], await connection.QueryAsync<string?>("SELECT place FROM datelines ORDER BY id", transaction: transaction));
    }

    [Fact]
    public async Task ValuesGivenUnderOtherNamesThanTheFirstCallsAreRefused()
    {
        using var database = new TestDatabase();
        await using var connection = await database.Dialect.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var statements = new ReusedStatements(connection, transaction);
        await statements.ScalarAsync(InsertSource, CancellationToken.None, ("Name", "العربية"));

        var wrongName = await Assert.ThrowsAsync<ArgumentException>(() => statements.ScalarAsync(InsertSource, CancellationToken.None, ("Title", "العربية")));
        var wrongCount = await Assert.ThrowsAsync<ArgumentException>(() => statements.ScalarAsync(InsertSource, CancellationToken.None));

        Assert.Contains("@Title", wrongName.Message, StringComparison.Ordinal);
        Assert.Contains("takes 1 values, not 0", wrongCount.Message, StringComparison.Ordinal);
    }
}
