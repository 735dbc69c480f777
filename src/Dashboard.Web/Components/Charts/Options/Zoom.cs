namespace Dashboard.Web.Components.Charts.Options;

/// <summary>Whether the chart zooms on selection.</summary>
public sealed record Zoom(bool Enabled);
