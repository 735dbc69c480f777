using Dashboard.Web.Circuits;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dashboard.Web.Health;

/// <summary>How many dashboards are open: always healthy, there for monitoring and the soak test.</summary>
public sealed class CircuitsHealthCheck(OpenCircuits circuits) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy(
            $"{circuits.Open} circuit(s) held, {circuits.Connected} connected",
            new Dictionary<string, object> { ["open"] = circuits.Open, ["connected"] = circuits.Connected }));
}
