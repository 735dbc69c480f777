namespace Dashboard.Web.Components.Charts.Options;

/// <summary>The series legend.</summary>
public sealed record Legend
{
    /// <summary>top, bottom, left or right.</summary>
    public string? Position { get; init; }

    /// <summary>left, center or right; right for right-to-left pages.</summary>
    public string? HorizontalAlign { get; init; }

    /// <summary>Whether the legend is shown.</summary>
    public bool? Show { get; init; }
}
