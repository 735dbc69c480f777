namespace Dashboard.Web.Components.Charts.Options;

/// <summary>How bars are drawn.</summary>
public sealed record BarOptions
{
    /// <summary>Horizontal bars instead of columns.</summary>
    public bool? Horizontal { get; init; }

    /// <summary>Column width as a CSS percentage.</summary>
    public string? ColumnWidth { get; init; }
}
