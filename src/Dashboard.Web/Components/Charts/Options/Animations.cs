namespace Dashboard.Web.Components.Charts.Options;

/// <summary>Whether the chart animates, on its first draw and on every later update.</summary>
public sealed record Animations(bool Enabled)
{
    /// <summary>
    /// apexcharts animates data changes under its own switch, on by default even when <c>enabled</c> is false:
    /// every bar and cell then tweens for about 350 ms per update, on the page's thread.
    /// </summary>
    public DynamicAnimation DynamicAnimation => new(Enabled);
}
