using System.Collections.Concurrent;
using Dashboard.Web.Components.Panels;
using Microsoft.AspNetCore.Components.Rendering;

namespace Dashboard.Web.Tests.Panels;

/// <summary>
/// A panel whose "query" for each filter answers only when the test says so, to show what a panel does
/// when loads finish out of order.
/// </summary>
internal sealed class ControlledPanel : FilteredPanel
{
    private string _shown = "";
    private int _finished;

    /// <summary>The pending answer of each load, by the filter's key.</summary>
    public ConcurrentDictionary<string, TaskCompletionSource<string>> Answers { get; } = new();

    /// <summary>Loads that have ended, whether their answer was shown or dropped.</summary>
    public int Finished => Volatile.Read(ref _finished);

    protected override async Task LoadAsync()
    {
        var answer = Answers.GetOrAdd(Filter.Key, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            _shown = await QueryAsync(_ => answer.Task);
        }
        finally
        {
            Interlocked.Increment(ref _finished);
        }
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Loading ? "…" : _shown);
}
