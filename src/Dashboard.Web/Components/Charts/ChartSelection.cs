namespace Dashboard.Web.Components.Charts;

/// <summary>A clicked data point: which series and which point in it.</summary>
public sealed record ChartSelection(int SeriesIndex, int DataPointIndex);
