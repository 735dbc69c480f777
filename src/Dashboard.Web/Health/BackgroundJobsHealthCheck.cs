using Dashboard.Web.Jobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dashboard.Web.Health;

/// <summary>The background re-extraction last finished without an error (a failed one degrades the app, it does not stop it).</summary>
public sealed class BackgroundJobsHealthCheck(ReextractionJob reextraction) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(reextraction.Status.Error is { } error
            ? HealthCheckResult.Degraded("the last re-extraction failed: " + error)
            : HealthCheckResult.Healthy(reextraction.Status.Running ? "a re-extraction is running" : "no background job has failed"));
}
