using Dashboard.Data.Queries;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Components.Charts.Options;
using Dashboard.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Panels;

/// <summary>Articles per outlet for the dates of the filter, most first; clicking an outlet filters the dashboard by it.</summary>
public sealed partial class SourcesPanel : FilteredPanel
{
    private ApexChartOptions? _options;
    private IReadOnlyList<ChartSeries> _series = [];
    private IReadOnlyList<SourceTotal> _totals = [];
    private ApexChart? _chart;

    [Inject]
    private VolumeQueries Volume { get; set; } = default!;

    /// <summary>The outlets the dashboard is filtered by.</summary>
    [Parameter]
    public IReadOnlyList<string> Selected { get; set; } = [];

    /// <summary>Raised with the outlet whose bar was clicked.</summary>
    [Parameter]
    public EventCallback<string> OnSourceSelected { get; set; }

    /// <summary>The filter's outlets are shown highlighted rather than filtered out, so they key the colours, not the query.</summary>
    protected override string LoadKey => $"{(Filter with { Sources = null }).Key}|{string.Join(',', Selected)}";

    /// <inheritdoc />
    protected override async Task LoadAsync()
    {
        // Every outlet stays visible so the selection can be widened again.
        var filter = Filter with { Sources = null };
        _totals = await QueryAsync(cancel => Volume.PerSourceAsync(filter, cancel));
        _options = Options([.. _totals.Select(t => Selected.Contains(t.Source) ? "#c62828" : "#1565c0")]) with { Xaxis = new Axis { Categories = [.. _totals.Select(t => t.Source)] } };
        _series = [new ChartSeries(L["المقالات"], [.. _totals.Select(t => new ChartPoint(t.Source, t.Articles))])];
    }

    private ApexChartOptions Options(IReadOnlyList<string> colors) => new()
    {
        Chart = new ChartSettings { Type = "bar", FontFamily = "var(--dashboard-font)", DefaultLocale = UiCulture.ChartLocale, Toolbar = new Toolbar(false), Animations = new Animations(false) },
        PlotOptions = new PlotOptions(new BarOptions { Horizontal = true, Distributed = true }),
        Colors = colors.Count > 0 ? colors : ["#1565c0"],
        DataLabels = new DataLabels(false),
        Yaxis = new Axis { Opposite = UiCulture.IsRightToLeft },
        Legend = new Legend { Show = false },
        NoData = new NoData(L["لا توجد مقالات في هذه الفترة"]),
    };

    private Task OnSelectedAsync(ChartSelection selection) =>
        selection.DataPointIndex >= 0 && selection.DataPointIndex < _totals.Count
            ? OnSourceSelected.InvokeAsync(_totals[selection.DataPointIndex].Source)
            : Task.CompletedTask;
}
