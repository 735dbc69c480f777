using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Components.Charts.Options;
using Dashboard.Web.Export;
using Dashboard.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Panels;

/// <summary>The most mentioned actors of one kind for the dashboard's filter, as horizontal bars.</summary>
public sealed partial class TopActorsPanel : FilteredPanel
{
    private static readonly string[] Kinds = ["person", "organization", "place"];

    private ApexChartOptions? _options;
    private IReadOnlyList<ChartSeries> _series = [];
    private IReadOnlyList<ActorTotal> _top = [];
    private ApexChart? _chart;
    private int _tab;

    [Inject]
    private ActorQueries Actors { get; set; } = default!;

    /// <summary>How many actors to show.</summary>
    [Parameter]
    public int Limit { get; set; } = 15;

    /// <summary>Raised with the actor whose bar was clicked.</summary>
    [Parameter]
    public EventCallback<ActorTotal> OnActorSelected { get; set; }

    /// <summary>The panel's heading.</summary>
    [Parameter]
    public string Title { get; set; } = "أبرز الفاعلين";

    /// <summary>The line under the heading: what the bars count and what a click does.</summary>
    [Parameter]
    public string Hint { get; set; } = "عدد المقالات التي تذكر كل فاعل، بعد دمج صيغ كتابة الاسم؛ انقر على فاعل لعرض اللوحة له";

    /// <summary>An actor to leave out of the list: on an actor's own page, the actor every article mentions.</summary>
    [Parameter]
    public long? Except { get; set; }

    // The CSV holds the tab's list as the bar chart shows it.
    private Dictionary<string, string> ExportParameters => new()
    {
        ["kind"] = Kinds[_tab],
        ["limit"] = Limit.ToString(CultureInfo.InvariantCulture),
    };

    /// <inheritdoc />
    protected override string LoadKey => $"{Filter.Key}|{_tab}";

    // apexcharts draws horizontal bars top to bottom from the categories; on a right-to-left page the
    // names belong on the right, so the category axis is put on the opposite side.
    private ApexChartOptions Options(IReadOnlyList<string> names) => new()
    {
        Chart = new ChartSettings { Type = "bar", FontFamily = "var(--dashboard-font)", DefaultLocale = UiCulture.ChartLocale, Toolbar = new Toolbar(false), Animations = new Animations(false) },
        PlotOptions = new PlotOptions(new BarOptions { Horizontal = true }),
        DataLabels = new DataLabels(false),
        Colors = ["#1565c0"],
        Xaxis = new Axis { Categories = names },
        Yaxis = new Axis { Opposite = UiCulture.IsRightToLeft },
        Legend = new Legend { Show = false },
        NoData = new NoData(L["لا يوجد فاعلون في هذه الفترة"]),
    };

    /// <inheritdoc />
    protected override async Task LoadAsync()
    {
        var (filter, kind, except) = (Filter, Kinds[_tab], Except);
        _top = [.. (await QueryAsync(cancel => Actors.TopAsync(filter, kind, Limit + (except is null ? 0 : 1), cancel))).Where(a => a.Id != except).Take(Limit)];
        _options = Options([.. _top.Select(a => a.Canonical)]);
        _series = [new ChartSeries(L["المقالات"], [.. _top.Select(a => new ChartPoint(a.Canonical, a.Articles))])];
    }

    private async Task OnTabChangedAsync(int tab)
    {
        _tab = tab;
        await ReloadAsync();
    }

    private Task OnSelectedAsync(ChartSelection selection) =>
        selection.DataPointIndex >= 0 && selection.DataPointIndex < _top.Count
            ? OnActorSelected.InvokeAsync(_top[selection.DataPointIndex])
            : Task.CompletedTask;
}
