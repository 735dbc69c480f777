namespace Dashboard.Web.Components.Charts.Options;

/// <summary>An axis: its type, categories, side and labels.</summary>
public sealed record Axis
{
    /// <summary>category, datetime or numeric (x axis only).</summary>
    public string? Type { get; init; }

    /// <summary>Category labels in order (category axes).</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>Draws the axis on the other side: the right, for a y axis on a right-to-left page.</summary>
    public bool? Opposite { get; init; }

    /// <summary>Reverses the axis direction.</summary>
    public bool? Reversed { get; init; }

    /// <summary>The axis title.</summary>
    public AxisTitle? Title { get; init; }

    /// <summary>Label settings.</summary>
    public AxisLabels? Labels { get; init; }

    /// <summary>Lower bound of a numeric axis.</summary>
    public double? Min { get; init; }
}
