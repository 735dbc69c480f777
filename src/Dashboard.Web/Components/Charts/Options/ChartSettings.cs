namespace Dashboard.Web.Components.Charts.Options;

/// <summary>The <c>chart</c> block of the options.</summary>
public sealed record ChartSettings
{
    /// <summary>bar, line, area, heatmap, …</summary>
    public string? Type { get; init; }

    /// <summary>Height in pixels.</summary>
    public int? Height { get; init; }

    /// <summary>Whether series stack on each other.</summary>
    public bool? Stacked { get; init; }

    /// <summary>"100%" stacks every bar to the whole, showing each series' share; null stacks counts.</summary>
    public string? StackType { get; init; }

    /// <summary>Font of every text in the chart.</summary>
    public string? FontFamily { get; init; }

    /// <summary>Name of the apexcharts locale (its JSON is loaded by the module).</summary>
    public string? DefaultLocale { get; init; }

    /// <summary>The built-in toolbar; the dashboard shows its own export buttons instead.</summary>
    public Toolbar? Toolbar { get; init; }

    /// <summary>Animations on draw and update.</summary>
    public Animations? Animations { get; init; }

    /// <summary>Zooming by selection.</summary>
    public Zoom? Zoom { get; init; }
}
