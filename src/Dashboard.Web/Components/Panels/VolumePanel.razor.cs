using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Components.Charts.Options;
using Dashboard.Web.Export;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Panels;

/// <summary>Article volume over time, stacked by outlet, for the dashboard's filter.</summary>
public sealed partial class VolumePanel : FilteredPanel
{
    /// <summary>How many outlets get their own series; the rest are summed as "others".</summary>
    public const int TopOutlets = 8;

    private static readonly ApexChartOptions ChartOptions = new()
    {
        Chart = new ChartSettings
        {
            Type = "bar",
            Stacked = true,
            FontFamily = "var(--dashboard-font)",
            DefaultLocale = "ar",
            Toolbar = new Toolbar(false),
            Zoom = new Zoom(false),
            Animations = new Animations(false),
        },
        // Eight distinct outlet colours, then grey for "others", so no two stacked series look alike.
        Colors = ["#1565c0", "#2e7d32", "#c62828", "#f9a825", "#6a1b9a", "#00838f", "#ef6c00", "#4e342e", "#9e9e9e"],
        DataLabels = new DataLabels(false),
        PlotOptions = new PlotOptions(new BarOptions { ColumnWidth = "85%" }),
        Xaxis = new Axis { Type = "datetime", Labels = new AxisLabels { DatetimeUTC = true } },
        // apexcharts has no right-to-left mode: the value axis goes on the right by hand.
        Yaxis = new Axis { Opposite = true, Min = 0, Title = new AxisTitle("عدد المقالات") },
        Legend = new Legend { Position = "top", HorizontalAlign = "right" },
        Tooltip = new Tooltip { Shared = true, Intersect = false, X = new TooltipX("dd MMM yyyy") },
        NoData = new NoData("لا توجد مقالات في هذه الفترة"),
    };

    // Shares of each period's articles: apexcharts scales every stack to 100 and labels the axis in percent.
    private static readonly ApexChartOptions PercentOptions = ChartOptions with
    {
        Chart = ChartOptions.Chart! with { StackType = "100%" },
        Yaxis = ChartOptions.Yaxis! with { Title = new AxisTitle("نسبة المقالات (%)") },
    };

    private bool _percent;
    private IReadOnlyList<ChartSeries> _series = [];
    private IReadOnlyList<DateOnly> _periods = [];
    private ApexChart? _chart;
    private long _total;
    private int _outlets;
    private string? _error;

    [Inject]
    private VolumeQueries Volume { get; set; } = default!;

    /// <summary>The length of one bar.</summary>
    [Parameter]
    public Granularity Granularity { get; set; } = Granularity.Day;

    /// <summary>Raised with the days of the bar that was clicked.</summary>
    [Parameter]
    public EventCallback<(DateOnly From, DateOnly To)> OnPeriodSelected { get; set; }

    private ApexChartOptions CurrentOptions => _percent ? PercentOptions : ChartOptions;

    private string Summary => Loading
        ? "جار التحميل…"
        : string.Create(ArabicCulture.Instance, $"{_total:N0} مقالة من {_outlets} {(_outlets is >= 3 and <= 10 ? "مصادر" : "مصدرا")}، {RangeText}");

    private string RangeText => Filter.From is { } from && Filter.To is { } to
        ? $"من {from.ToString("d MMMM yyyy", ArabicCulture.Instance)} إلى {to.ToString("d MMMM yyyy", ArabicCulture.Instance)}"
        : "كل الفترات";

    /// <inheritdoc />
    protected override string LoadKey => $"{Filter.Key}|{Granularity}";

    /// <inheritdoc />
    protected override async Task LoadAsync()
    {
        _error = null;
        try
        {
            var points = await Volume.PerPeriodAsync(Filter, Granularity);
            _series = VolumeChartData.Build(points, TopOutlets);
            // The chart's data point index counts these periods: every series has a point for each.
            _periods = [.. points.Select(p => DateOnly.ParseExact(p.Period, "yyyy-MM-dd", CultureInfo.InvariantCulture)).Distinct().Order()];
            _total = points.Sum(p => p.Articles);
            _outlets = points.Select(p => p.Source).Distinct().Count();
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.Data.Common.DbException)
        {
            _error = exception.Message;
        }
    }

    private Task OnSelectedAsync(ChartSelection selection) =>
        selection.DataPointIndex >= 0 && selection.DataPointIndex < _periods.Count
            ? OnPeriodSelected.InvokeAsync(PeriodSpan.Of(_periods[selection.DataPointIndex], Granularity, Filter))
            : Task.CompletedTask;

}
