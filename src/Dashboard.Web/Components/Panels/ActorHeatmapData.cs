using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Charts.Options;

namespace Dashboard.Web.Components.Panels;

/// <summary>
/// Turns per-period counts of the top actors into heatmap rows: one series per actor with a cell for
/// every period, empty periods as zero so the columns line up.
/// </summary>
public static class ActorHeatmapData
{
    /// <summary>
    /// The rows, the most mentioned actor last: apexcharts draws the first series at the bottom, and
    /// the list should read from the top. Every period of <paramref name="periods"/> gets a column,
    /// mentioned or not; in a right-to-left culture the columns run from the right, newest last.
    /// </summary>
    public static IReadOnlyList<ChartSeries> Build(IReadOnlyList<string> actors, IReadOnlyList<ActorPeriod> timeline, IReadOnlyList<DateOnly> periods, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(culture);
        var columns = periods.Select(p => p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        if (culture.TextInfo.IsRightToLeft)
        {
            // apexcharts cannot reverse an axis; a category axis read from the right is its data reversed.
            columns.Reverse();
        }

        var counts = timeline.ToDictionary(p => (p.Canonical, p.Period), p => p.Articles);
        return [.. actors.Reverse().Select(actor => new ChartSeries(actor, [.. columns.Select(period =>
            new ChartPoint(Label(period, culture), counts.GetValueOrDefault((actor, period))))]))];
    }

    private static string Label(string period, CultureInfo culture) =>
        DateOnly.ParseExact(period, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMM yyyy", culture);
}
