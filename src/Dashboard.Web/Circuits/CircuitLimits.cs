using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Dashboard.Web.Circuits;

/// <summary>
/// The circuit limits, chosen rather than inherited: a circuit holds a user's dashboard state on the
/// server, so a closed tab must not keep it long, and a slow browser must not make the server queue
/// renders without bound. Each can be changed under <c>Circuits</c> (for example
/// <c>Circuits__DisconnectedCircuitRetentionPeriod=00:05:00</c>).
/// </summary>
public static class CircuitLimits
{
    /// <summary>Registers the tracker and the limits.</summary>
    public static IServiceCollection AddCircuitLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<OpenCircuits>();
        services.AddScoped<CircuitHandler, CircuitTracker>();
        services.Configure<CircuitOptions>(options =>
        {
            // A dropped connection (a laptop lid, a train tunnel) may come back within two minutes and
            // find its dashboard; after that the state is freed. At most 200 such circuits are kept.
            options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(2);
            options.DisconnectedCircuitMaxRetained = 200;

            // Renders sent but not yet acknowledged by a slow browser, before the server waits for it.
            options.MaxBufferedUnacknowledgedRenderBatches = 10;

            // A chart call into the browser that takes longer than this has failed.
            options.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(30);
        });
        services.Configure<CircuitOptions>(configuration.GetSection("Circuits"));
        return services;
    }
}
