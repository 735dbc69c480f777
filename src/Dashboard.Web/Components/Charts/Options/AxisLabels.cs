namespace Dashboard.Web.Components.Charts.Options;

/// <summary>Axis label settings.</summary>
public sealed record AxisLabels
{
    /// <summary>Whether label times are shown in UTC rather than the browser's zone.</summary>
    public bool? DatetimeUTC { get; init; }

    /// <summary>Whether to show the labels.</summary>
    public bool? Show { get; init; }
}
