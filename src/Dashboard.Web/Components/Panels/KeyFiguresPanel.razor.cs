using Dashboard.Data.Queries;
using Dashboard.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Panels;

/// <summary>Key figures of the filter's range, each with its change against the period of the same length just before.</summary>
public sealed partial class KeyFiguresPanel : FilteredPanel
{
    private KeyFigures? _current;
    private KeyFigures? _previous;

    [Inject]
    private VolumeQueries Volume { get; set; } = default!;

    [Inject]
    private ActorQueries Actors { get; set; } = default!;

    [Inject]
    private CasualtyQueries Casualties { get; set; } = default!;

    /// <inheritdoc />
    protected override async Task LoadAsync()
    {
        var filter = Filter;
        (_current, _previous) = await QueryAsync(async cancel => (
            await FiguresAsync(filter, cancel),
            filter.From is { } from && filter.To is { } to
                ? await FiguresAsync(filter with { From = from.AddDays(-(to.DayNumber - from.DayNumber + 1)), To = from.AddDays(-1) }, cancel)
                : null));
    }

    private async Task<KeyFigures> FiguresAsync(ArticleFilter filter, CancellationToken cancellationToken)
    {
        var sources = await Volume.PerSourceAsync(filter, cancellationToken);
        var actors = await Actors.DistinctAsync(filter, cancellationToken);
        var casualties = await Casualties.PerPeriodAsync(filter, Granularity.Month, cancellationToken);
        return new KeyFigures(
            sources.Sum(s => s.Articles), sources.Count, actors, casualties.Sum(c => c.Incidents),
            casualties.Sum(c => c.KilledMin), casualties.Sum(c => c.KilledMax), casualties.Sum(c => c.WoundedMin), casualties.Sum(c => c.WoundedMax));
    }

    private IEnumerable<(string Label, string Value, double? Change, string Role)> Tiles()
    {
        var c = _current ?? new KeyFigures(0, 0, 0, 0, 0, 0, 0, 0);
        yield return (L["المقالات"], Number(c.Articles), Change(c.Articles, _previous?.Articles), "articles");
        yield return (L["المصادر"], Number(c.Outlets), Change(c.Outlets, _previous?.Outlets), "outlets");
        yield return (L["الفاعلون"], Number(c.Actors), Change(c.Actors, _previous?.Actors), "actors");
        yield return (L["الحوادث"], Number(c.Incidents), Change(c.Incidents, _previous?.Incidents), "incidents");
        yield return (L["القتلى"], Range(c.KilledMin, c.KilledMax), Change(c.KilledMax, _previous?.KilledMax), "killed");
        yield return (L["الجرحى"], Range(c.WoundedMin, c.WoundedMax), Change(c.WoundedMax, _previous?.WoundedMax), "wounded");
    }

    private static string Number(long value) => value.ToString("N0", UiCulture.Current);

    private static string Range(long low, long high) => low == high ? Number(low) : $"{Number(low)}–{Number(high)}";

    private static double? Change(long now, long? before) => before is { } b && b > 0 ? (double)(now - b) / b : null;
}
