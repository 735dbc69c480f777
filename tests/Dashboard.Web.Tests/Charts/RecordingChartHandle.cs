using Microsoft.JSInterop;

namespace Dashboard.Web.Tests.Charts;

/// <summary>A chart handle the test hands out itself, recording what .NET calls on it.</summary>
internal sealed class RecordingChartHandle : IJSObjectReference
{
    public List<(string Identifier, object?[]? Arguments)> Calls { get; } = [];

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args)
    {
        Calls.Add((identifier, args));
        return ValueTask.FromResult(default(TValue)!);
    }

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => InvokeAsync<TValue>(identifier, args);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
