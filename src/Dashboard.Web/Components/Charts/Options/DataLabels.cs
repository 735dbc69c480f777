namespace Dashboard.Web.Components.Charts.Options;

/// <summary>Value labels on data points.</summary>
public sealed record DataLabels(bool Enabled);
