using Dashboard.Data.Dialects;
using Dashboard.Data.Migrations;

namespace Dashboard.Data.Tests.Migrations;

public sealed class SchemaMigratorTests
{
    [Fact]
    public async Task AFreshDatabaseGetsEveryNumberedScript()
    {
        using var database = new TestDatabase();

        Assert.Equal(0, await database.CountAsync("articles"));
        Assert.Equal(0, await database.CountAsync("sources"));
        Assert.Empty(new SchemaMigrator(database.Dialect).Pending());
    }

    [Fact]
    public void MigratingAgainRunsNothing()
    {
        using var database = new TestDatabase();

        Assert.Empty(new SchemaMigrator(database.Dialect).Migrate());
    }

    [Fact]
    public void TheScriptsRunInTheirNumberedOrder()
    {
        var folder = Directory.CreateTempSubdirectory("dashboard-migrate-").FullName;
        try
        {
            var applied = new SchemaMigrator(new SqliteDialect($"Data Source={Path.Combine(folder, "new.db")}")).Migrate();

            Assert.NotEmpty(applied);
            Assert.Equal(applied.Order(StringComparer.Ordinal), applied);
            Assert.StartsWith("sql.sqlite.0001_", applied[0], StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
