namespace Dashboard.Web.Components.Charts.Options;

/// <summary>Per-type drawing settings.</summary>
public sealed record PlotOptions(BarOptions? Bar);
