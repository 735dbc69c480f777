using Dapper;
using Dashboard.Data.Dialects;
using Dashboard.Data.Migrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dashboard.Web.Health;

/// <summary>The database answers a query and every migration script has run.</summary>
public sealed class DatabaseHealthCheck(ISqlDialect dialect, SchemaMigrator migrator) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await dialect.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM sources", cancellationToken: cancellationToken));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            dialect.ForgetPooledConnections();
            return HealthCheckResult.Unhealthy("the database does not answer: " + error.Message);
        }

        var pending = migrator.Pending();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("the database answers and its schema is current")
            : HealthCheckResult.Degraded($"{pending.Count} migration(s) have not run: {string.Join(", ", pending)}");
    }
}
