using Microsoft.JSInterop;

namespace Dashboard.Web.Tests.Charts;

/// <summary>
/// A browser stand-in whose chart module creates a chart only when the test says so, to show what
/// the component does with parameters that change while the browser is still drawing.
/// </summary>
internal sealed class ControlledChartModule : IJSRuntime, IJSObjectReference
{
    private readonly TaskCompletionSource<IJSObjectReference> _create = new();

    public List<(string Identifier, object?[]? Arguments)> Calls { get; } = [];

    public RecordingChartHandle Chart { get; } = new();

    /// <summary>Lets the pending "create" finish with <see cref="Chart"/>.</summary>
    public void FinishCreate() => _create.SetResult(Chart);

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args)
    {
        Calls.Add((identifier, args));
        return identifier switch
        {
            "import" => ValueTask.FromResult((TValue)(object)this),
            "create" => new ValueTask<TValue>((Task<TValue>)(object)_create.Task),
            _ => ValueTask.FromResult(default(TValue)!),
        };
    }

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => InvokeAsync<TValue>(identifier, args);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
