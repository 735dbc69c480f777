using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Dashboard.Web.Circuits;

/// <summary>
/// Counts circuits as they open and close, and runs every event a browser sends to a circuit inside a
/// logging scope naming the circuit, so a log line from a component says which dashboard it came from.
/// </summary>
public sealed partial class CircuitTracker(OpenCircuits circuits, ILogger<CircuitTracker> logger) : CircuitHandler
{
    /// <inheritdoc />
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        circuits.Opened();
        LogOpened(logger, circuit.Id, circuits.Open);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        circuits.Closed();
        LogClosed(logger, circuit.Id, circuits.Open);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        circuits.ConnectionUp();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        circuits.ConnectionDown();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            using (logger.BeginScope(new Dictionary<string, object> { ["CircuitId"] = context.Circuit.Id }))
            {
                await next(context);
            }
        };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Circuit {CircuitId} opened; {Open} open")]
    private static partial void LogOpened(ILogger logger, string circuitId, int open);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Circuit {CircuitId} closed; {Open} open")]
    private static partial void LogClosed(ILogger logger, string circuitId, int open);
}
