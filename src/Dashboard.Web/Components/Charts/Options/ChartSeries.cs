namespace Dashboard.Web.Components.Charts.Options;

/// <summary>One named series of points.</summary>
/// <param name="Name">Shown in the legend and tooltip.</param>
/// <param name="Data">The points, in x order.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Data);
