namespace Dashboard.Web.Components.Charts.Options;

/// <summary>Axis label settings.</summary>
public sealed record AxisLabels
{
    /// <summary>Whether label times are shown in UTC rather than the browser's zone.</summary>
    public bool? DatetimeUTC { get; init; }

    /// <summary>Whether to show the labels.</summary>
    public bool? Show { get; init; }

    /// <summary>
    /// On a category axis, at most about this many labels are written, evenly spaced; the others stay blank and the
    /// tooltip still names every column. apexcharts measures every label it writes, each a layout of the page,
    /// and rotates them when they crowd (a year of weeks took longer to label than to draw).
    /// </summary>
    public int? MostShown { get; init; }

    /// <summary>The angle of crowded category labels; 0 keeps them level (and saves measuring each one again to turn it).</summary>
    public int? Rotate { get; init; }
}
