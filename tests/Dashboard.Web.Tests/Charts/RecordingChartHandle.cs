using Microsoft.JSInterop;

namespace Dashboard.Web.Tests.Charts;

/// <summary>A chart handle the test hands out itself, recording what .NET calls on it.</summary>
internal sealed class RecordingChartHandle : IJSObjectReference
{
    private readonly TaskCompletionSource<object?> _drawn = new();

    public List<(string Identifier, object?[]? Arguments)> Calls { get; } = [];

    /// <summary>When set, an update never finishes: the browser is still drawing it.</summary>
    public bool StillDrawing { get; set; }

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args)
    {
        Calls.Add((identifier, args));
        return StillDrawing && identifier.StartsWith("update", StringComparison.Ordinal)
            ? new ValueTask<TValue>(_drawn.Task.ContinueWith(_ => default(TValue)!, TaskScheduler.Default))
            : ValueTask.FromResult(default(TValue)!);
    }

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => InvokeAsync<TValue>(identifier, args);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
