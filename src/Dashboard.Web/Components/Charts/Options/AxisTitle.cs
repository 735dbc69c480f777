namespace Dashboard.Web.Components.Charts.Options;

/// <summary>An axis title.</summary>
public sealed record AxisTitle(string Text);
