using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Components.Charts.Options;
using Dashboard.Web.Export;
using Dashboard.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Panels;

/// <summary>The most mentioned actors of every kind, as a heatmap of articles per period.</summary>
public sealed partial class ActorHeatmapPanel : FilteredPanel
{
    /// <summary>How many actors get a row.</summary>
    public const int Rows = 12;

    private ApexChartOptions? _chartOptions;

    private ApexChartOptions ChartOptions => _chartOptions ??= new()
    {
        Chart = new ChartSettings { Type = "heatmap", FontFamily = "var(--dashboard-font)", DefaultLocale = UiCulture.ChartLocale, Toolbar = new Toolbar(false), Animations = new Animations(false) },
        DataLabels = new DataLabels(false),
        Colors = ["#c62828"],
        // In Arabic the actors' names go on the right, where a right-to-left reader starts.
        Yaxis = new Axis { Opposite = UiCulture.IsRightToLeft },
        Xaxis = new Axis { Labels = new AxisLabels { MostShown = 12, Rotate = 0 } },
        Legend = new Legend { Show = false },
        NoData = new NoData(L["لا يوجد فاعلون في هذه الفترة"]),
    };

    private IReadOnlyList<ChartSeries> _series = [];
    private IReadOnlyList<string> _actors = [];
    private ApexChart? _chart;

    [Inject]
    private ActorQueries Actors { get; set; } = default!;

    /// <summary>The length of one column.</summary>
    [Parameter]
    public Granularity Granularity { get; set; } = Granularity.Week;

    /// <summary>Raised with the canonical name of the actor whose row was clicked.</summary>
    [Parameter]
    public EventCallback<string> OnActorSelected { get; set; }

    /// <inheritdoc />
    protected override string LoadKey => $"{Filter.Key}|{Granularity}";

    /// <inheritdoc />
    protected override async Task LoadAsync()
    {
        var filter = Filter;
        var granularity = Granularity;
        var (actors, timeline) = await QueryAsync(async cancel =>
        {
            IReadOnlyList<string> top = [.. (await Actors.TopAsync(filter, kind: null, Rows, cancel)).Select(a => a.Canonical)];
            return (top, await Actors.PerPeriodAsync(filter, top, granularity, cancel));
        });
        _actors = actors;
        var mentioned = timeline.Select(p => DateOnly.ParseExact(p.Period, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var first = filter.From ?? (mentioned.Count > 0 ? mentioned.Min() : (DateOnly?)null);
        var last = filter.To ?? (mentioned.Count > 0 ? mentioned.Max() : (DateOnly?)null);
        var periods = first is { } f && last is { } l ? PeriodStarts.Between(f, l, granularity) : [];
        _series = ActorHeatmapData.Build(_actors, timeline, periods, granularity, UiCulture.Current);
    }

    // The series are drawn in reverse order of _actors (see ActorHeatmapData.Build).
    private Task OnSelectedAsync(ChartSelection selection) =>
        selection.SeriesIndex >= 0 && selection.SeriesIndex < _actors.Count
            ? OnActorSelected.InvokeAsync(_actors[_actors.Count - 1 - selection.SeriesIndex])
            : Task.CompletedTask;

}
