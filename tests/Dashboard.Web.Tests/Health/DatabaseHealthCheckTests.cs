using Dapper;
using Dashboard.Data.Dialects;
using Dashboard.Data.Migrations;
using Dashboard.Web.Health;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dashboard.Web.Tests.Health;

public sealed class DatabaseHealthCheckTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-health-").FullName;
    private readonly SqliteDialect _dialect;

    public DatabaseHealthCheckTests() => _dialect = new SqliteDialect($"Data Source={Path.Combine(_folder, "health.db")}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task AMigratedDatabaseIsHealthy()
    {
        new SchemaMigrator(_dialect).Migrate();

        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
    }

    [Fact]
    public async Task ADatabaseWithoutItsTablesIsUnhealthyAndSaysWhy()
    {
        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("does not answer", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMigrationThatHasNotRunDegradesTheAppAndIsNamed()
    {
        new SchemaMigrator(_dialect).Migrate();
        string forgotten;
        await using (var connection = await _dialect.OpenAsync())
        {
            forgotten = await connection.ExecuteScalarAsync<string>("SELECT MAX(ScriptName) FROM SchemaVersions") ?? "";
            await connection.ExecuteAsync("DELETE FROM SchemaVersions WHERE ScriptName = @Name", new { Name = forgotten });
        }

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.StartsWith("sql.sqlite.", forgotten, StringComparison.Ordinal);
        Assert.Contains(forgotten, result.Description, StringComparison.Ordinal);
    }

    private Task<HealthCheckResult> CheckAsync() =>
        new DatabaseHealthCheck(_dialect, new SchemaMigrator(_dialect)).CheckHealthAsync(new HealthCheckContext());
}
