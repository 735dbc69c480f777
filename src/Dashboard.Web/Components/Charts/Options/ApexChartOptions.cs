namespace Dashboard.Web.Components.Charts.Options;

/// <summary>The apexcharts options object; only what the dashboard sets, every member optional.</summary>
public sealed record ApexChartOptions
{
    /// <summary>Chart type, size, stacking, toolbar and locale.</summary>
    public ChartSettings? Chart { get; init; }

    /// <summary>Series colours in order.</summary>
    public IReadOnlyList<string>? Colors { get; init; }

    /// <summary>Value labels drawn on the data points.</summary>
    public DataLabels? DataLabels { get; init; }

    /// <summary>The series legend.</summary>
    public Legend? Legend { get; init; }

    /// <summary>Per-type drawing settings (bars).</summary>
    public PlotOptions? PlotOptions { get; init; }

    /// <summary>The horizontal axis.</summary>
    public Axis? Xaxis { get; init; }

    /// <summary>The vertical axis.</summary>
    public Axis? Yaxis { get; init; }

    /// <summary>The hover tooltip.</summary>
    public Tooltip? Tooltip { get; init; }

    /// <summary>What the chart says when there is no data.</summary>
    public NoData? NoData { get; init; }
}
