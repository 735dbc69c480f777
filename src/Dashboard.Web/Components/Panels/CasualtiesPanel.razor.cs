using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Components.Charts.Options;
using Dashboard.Web.Export;
using Dashboard.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Panels;

/// <summary>Killed and wounded per period, counted per incident with the lowest and highest figure reported, and the largest incidents.</summary>
public sealed partial class CasualtiesPanel : FilteredPanel
{
    private ApexChartOptions? _chartOptions;

    private ApexChartOptions ChartOptions => _chartOptions ??= new()
    {
        Chart = new ChartSettings { Type = "line", FontFamily = "var(--dashboard-font)", DefaultLocale = UiCulture.ChartLocale, Toolbar = new Toolbar(false), Animations = new Animations(false), Zoom = new Zoom(false) },
        Colors = ["#c62828", "#ef9a9a", "#ef6c00", "#ffcc80"],
        DataLabels = new DataLabels(false),
        Xaxis = new Axis { Type = "datetime", Labels = new AxisLabels { DatetimeUTC = true } },
        Yaxis = new Axis { Opposite = UiCulture.IsRightToLeft, Min = 0 },
        Legend = new Legend { Position = "top", HorizontalAlign = UiCulture.IsRightToLeft ? "right" : "left" },
        Tooltip = new Tooltip { Shared = true, Intersect = false, X = new TooltipX("dd MMM yyyy") },
        NoData = new NoData(L["لا توجد حوادث في هذه الفترة"]),
    };

    private IReadOnlyList<CasualtyPoint> _points = [];
    private IReadOnlyList<IncidentSummary> _incidents = [];
    private IReadOnlyList<ChartSeries> _series = [];
    private ApexChart? _chart;

    [Inject]
    private CasualtyQueries Casualties { get; set; } = default!;

    /// <summary>The length of one period.</summary>
    [Parameter]
    public Granularity Granularity { get; set; } = Granularity.Week;

    private string Summary => Loading ? L["جار التحميل…"] : L["{0:N0} حادثة، بين {1:N0} و{2:N0} قتيلا وبين {3:N0} و{4:N0} جريحا، من {5:N0} تقريرا",
        _points.Sum(p => p.Incidents), _points.Sum(p => p.KilledMin), _points.Sum(p => p.KilledMax), _points.Sum(p => p.WoundedMin), _points.Sum(p => p.WoundedMax), _points.Sum(p => p.Reports)];

    /// <inheritdoc />
    protected override string LoadKey => $"{Filter.Key}|{Granularity}";

    /// <inheritdoc />
    protected override async Task LoadAsync()
    {
        var filter = Filter;
        var granularity = Granularity;
        (_points, _incidents) = await QueryAsync(async cancel =>
            (await Casualties.PerPeriodAsync(filter, granularity, cancel), await Casualties.LargestAsync(filter, 10, cancel)));
        _series =
        [
            Series(L["القتلى (الحد الأعلى)"], p => p.KilledMax),
            Series(L["القتلى (الحد الأدنى)"], p => p.KilledMin),
            Series(L["الجرحى (الحد الأعلى)"], p => p.WoundedMax),
            Series(L["الجرحى (الحد الأدنى)"], p => p.WoundedMin),
        ];
    }

    private static string Range(long? low, long? high) => low is null && high is null ? "—" : low == high ? $"{low}" : $"{low}–{high}";

    private ChartSeries Series(string name, Func<CasualtyPoint, long> value) => new(name, [.. _points.Select(p =>
        new ChartPoint(new DateTimeOffset(DateOnly.ParseExact(p.Period, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds(), value(p)))]);

}
