using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dashboard.Web.Health;

/// <summary>
/// <c>GET /health</c>: 200 while healthy or degraded, 503 when unhealthy, with a JSON body naming each
/// check and what it found, for load balancers and monitoring.
/// </summary>
public static class HealthEndpoint
{
    /// <summary>Registers the checks.</summary>
    public static IServiceCollection AddDashboardHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<BackgroundJobsHealthCheck>("background-jobs")
            .AddCheck<CircuitsHealthCheck>("circuits");
        return services;
    }

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapDashboardHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = WriteAsync,
        });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString().ToLowerInvariant(),
                description = e.Value.Description,
                data = e.Value.Data.Count == 0 ? null : e.Value.Data,
            }),
        });
    }
}
