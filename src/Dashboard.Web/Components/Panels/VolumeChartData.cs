using Dashboard.Data.Queries;
using Dashboard.Web.Components.Charts.Options;

namespace Dashboard.Web.Components.Panels;

/// <summary>
/// Turns per-period, per-outlet counts into stacked series: the largest outlets by name, the rest
/// summed as "others", every series with a point for every period so the stacks line up.
/// </summary>
public static class VolumeChartData
{
    /// <summary>The label of the summed smaller outlets.</summary>
    public const string OthersLabel = "أخرى";

    /// <summary>One series per top outlet plus "others" when there are more outlets.</summary>
    public static IReadOnlyList<ChartSeries> Build(IReadOnlyList<VolumePoint> points, int topOutlets, string othersLabel = OthersLabel)
    {
        ArgumentNullException.ThrowIfNull(points);
        var periods = points.Select(p => p.Period).Distinct().Order(StringComparer.Ordinal).ToList();
        var ranked = points.GroupBy(p => p.Source)
            .Select(g => (Source: g.Key, Total: g.Sum(p => p.Articles)))
            .OrderByDescending(s => s.Total).ThenBy(s => s.Source, StringComparer.Ordinal)
            .Select(s => s.Source).ToList();
        var top = ranked.Take(topOutlets).ToHashSet();
        var byKey = points.GroupBy(p => (top.Contains(p.Source) ? p.Source : othersLabel, p.Period))
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Articles));
        var names = ranked.Take(topOutlets).ToList();
        if (ranked.Count > topOutlets)
        {
            names.Add(othersLabel);
        }

        return [.. names.Select(name => new ChartSeries(name, [.. periods.Select(period =>
            new ChartPoint(EpochMilliseconds(period), byKey.GetValueOrDefault((name, period))))]))];
    }

    private static long EpochMilliseconds(string period) =>
        new DateTimeOffset(DateOnly.ParseExact(period, "yyyy-MM-dd").ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
}
