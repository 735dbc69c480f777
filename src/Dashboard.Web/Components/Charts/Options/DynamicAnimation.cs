namespace Dashboard.Web.Components.Charts.Options;

/// <summary>Whether the chart animates when its data or options change after the first draw.</summary>
public sealed record DynamicAnimation(bool Enabled);
