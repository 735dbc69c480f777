namespace Dashboard.Web.Components.Charts.Options;

/// <summary>One point: x is a category name or a time in epoch milliseconds, y the value.</summary>
public sealed record ChartPoint(object X, double? Y);
