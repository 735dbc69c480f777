namespace Dashboard.Web.Components.Charts.Options;

/// <summary>How bars are drawn.</summary>
public sealed record BarOptions
{
    /// <summary>Horizontal bars instead of columns.</summary>
    public bool? Horizontal { get; init; }

    /// <summary>One colour per bar (from <c>colors</c>) instead of one per series.</summary>
    public bool? Distributed { get; init; }

    /// <summary>Column width as a CSS percentage.</summary>
    public string? ColumnWidth { get; init; }
}
