namespace Dashboard.Web.Components.Charts.Options;

/// <summary>Whether the chart animates.</summary>
public sealed record Animations(bool Enabled);
