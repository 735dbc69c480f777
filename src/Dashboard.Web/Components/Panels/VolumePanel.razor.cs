using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Components.Charts.Options;
using Dashboard.Web.Export;
using Dashboard.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Panels;

/// <summary>Article volume over time, stacked by outlet, for the dashboard's filter.</summary>
public sealed partial class VolumePanel : FilteredPanel
{
    /// <summary>How many outlets get their own series; the rest are summed as "others".</summary>
    public const int TopOutlets = 8;

    private ApexChartOptions _options = default!;
    private ApexChartOptions _percentOptions = default!;

    // Built once per panel: the texts and the side of the value axis follow the interface language.
    private ApexChartOptions BuildOptions() => new()
    {
        Chart = new ChartSettings
        {
            Type = "bar",
            Stacked = true,
            FontFamily = "var(--dashboard-font)",
            DefaultLocale = UiCulture.ChartLocale,
            Toolbar = new Toolbar(false),
            Zoom = new Zoom(false),
            Animations = new Animations(false),
        },
        // Eight distinct outlet colours, then grey for "others", so no two stacked series look alike.
        Colors = ["#1565c0", "#2e7d32", "#c62828", "#f9a825", "#6a1b9a", "#00838f", "#ef6c00", "#4e342e", "#9e9e9e"],
        DataLabels = new DataLabels(false),
        PlotOptions = new PlotOptions(new BarOptions { ColumnWidth = "85%" }),
        Xaxis = new Axis { Type = "datetime", Labels = new AxisLabels { DatetimeUTC = true } },
        // apexcharts has no right-to-left mode: in Arabic the value axis goes on the right by hand.
        Yaxis = new Axis { Opposite = UiCulture.IsRightToLeft, Min = 0, Title = new AxisTitle(L["عدد المقالات"]) },
        Legend = new Legend { Position = "top", HorizontalAlign = UiCulture.IsRightToLeft ? "right" : "left" },
        Tooltip = new Tooltip { Shared = true, Intersect = false, X = new TooltipX("dd MMM yyyy") },
        NoData = new NoData(L["لا توجد مقالات في هذه الفترة"]),
    };


    private bool _percent;
    private IReadOnlyList<ChartSeries> _series = [];
    private IReadOnlyList<DateOnly> _periods = [];
    private ApexChart? _chart;
    private long _total;
    private int _outlets;

    [Inject]
    private VolumeQueries Volume { get; set; } = default!;

    /// <summary>The length of one bar.</summary>
    [Parameter]
    public Granularity Granularity { get; set; } = Granularity.Day;

    /// <summary>Raised with the days of the bar that was clicked.</summary>
    [Parameter]
    public EventCallback<(DateOnly From, DateOnly To)> OnPeriodSelected { get; set; }

    private string Summary => Loading
        ? L["جار التحميل…"]
        : L[_outlets is >= 3 and <= 10 ? "{0:N0} مقالة من {1} مصادر، {2}" : "{0:N0} مقالة من {1} مصدرا، {2}", _total, _outlets, RangeText];

    private string RangeText => Filter.From is { } from && Filter.To is { } to
        ? L["من {0} إلى {1}", from.ToString("d MMMM yyyy", UiCulture.Current), to.ToString("d MMMM yyyy", UiCulture.Current)]
        : L["كل الفترات"];

    /// <inheritdoc />
    protected override void OnInitialized()
    {
        _options = BuildOptions();

        // Shares of each period's articles: apexcharts scales every stack to 100 and labels the axis in percent.
        _percentOptions = _options with
        {
            Chart = _options.Chart! with { StackType = "100%" },
            Yaxis = _options.Yaxis! with { Title = new AxisTitle(L["نسبة المقالات (%)"]) },
        };
    }

    /// <inheritdoc />
    protected override string LoadKey => $"{Filter.Key}|{Granularity}";

    /// <inheritdoc />
    protected override async Task LoadAsync()
    {
        var (filter, granularity) = (Filter, Granularity);
        var points = await QueryAsync(cancel => Volume.PerPeriodAsync(filter, granularity, cancel));
        _series = VolumeChartData.Build(points, TopOutlets, L["أخرى"]);
        // The chart's data point index counts these periods: every series has a point for each.
        _periods = [.. points.Select(p => DateOnly.ParseExact(p.Period, "yyyy-MM-dd", CultureInfo.InvariantCulture)).Distinct().Order()];
        _total = points.Sum(p => p.Articles);
        _outlets = points.Select(p => p.Source).Distinct().Count();
    }

    private Task OnSelectedAsync(ChartSelection selection) =>
        selection.DataPointIndex >= 0 && selection.DataPointIndex < _periods.Count
            ? OnPeriodSelected.InvokeAsync(PeriodSpan.Of(_periods[selection.DataPointIndex], Granularity, Filter))
            : Task.CompletedTask;
}
