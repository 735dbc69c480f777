namespace Dashboard.Web.Components.Charts.Options;

/// <summary>The hover tooltip.</summary>
public sealed record Tooltip
{
    /// <summary>One tooltip for every series at the hovered x.</summary>
    public bool? Shared { get; init; }

    /// <summary>Required with <see cref="Shared"/> on bar charts.</summary>
    public bool? Intersect { get; init; }

    /// <summary>How the x value is shown.</summary>
    public TooltipX? X { get; init; }
}
