namespace Dashboard.Web.Components.Charts.Options;

/// <summary>The text drawn when the chart has no data.</summary>
public sealed record NoData(string Text);
