using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Charts.Options;

namespace Dashboard.Web.Components.Panels;

/// <summary>
/// Turns per-period counts of the top actors into heatmap rows: one series per actor with a cell for
/// every column, empty columns as zero so they line up. Over many years of months the columns are
/// quarters (or years), each the sum of its months: an article falls in one month, so the sum is the
/// number of articles of the quarter, and a row of 40 cells reads (and draws) better than one of 120.
/// </summary>
public static class ActorHeatmapData
{
    /// <summary>The most columns a row gets before months are put together.</summary>
    public const int MaxColumns = 60;

    /// <summary>
    /// The rows, the most mentioned actor last: apexcharts draws the first series at the bottom, and
    /// the list should read from the top. Every period of <paramref name="periods"/> falls in a column,
    /// mentioned or not; in a right-to-left culture the columns run from the right, newest last.
    /// </summary>
    public static IReadOnlyList<ChartSeries> Build(IReadOnlyList<string> actors, IReadOnlyList<ActorPeriod> timeline, IReadOnlyList<DateOnly> periods, Granularity granularity, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(culture);
        var monthsPerColumn = MonthsPerColumn(periods.Count, granularity);
        var columns = periods.Select(p => ColumnOf(p, monthsPerColumn)).Distinct().ToList();
        if (culture.TextInfo.IsRightToLeft)
        {
            // apexcharts cannot reverse an axis; a category axis read from the right is its data reversed.
            columns.Reverse();
        }

        var counts = new Dictionary<(string Actor, DateOnly Column), long>();
        foreach (var point in timeline)
        {
            var column = ColumnOf(DateOnly.ParseExact(point.Period, "yyyy-MM-dd", CultureInfo.InvariantCulture), monthsPerColumn);
            counts[(point.Canonical, column)] = counts.GetValueOrDefault((point.Canonical, column)) + point.Articles;
        }

        var labels = columns.Select(c => Label(c, monthsPerColumn, culture)).ToList();
        return [.. actors.Reverse().Select(actor => new ChartSeries(actor, [.. columns.Select((column, i) =>
            new ChartPoint(labels[i], counts.GetValueOrDefault((actor, column))))]))];
    }

    // 0: a column per period; else months put together from January, so a column is a calendar quarter or year.
    private static int MonthsPerColumn(int periods, Granularity granularity) =>
        granularity != Granularity.Month || periods <= MaxColumns ? 0 : periods <= MaxColumns * 3 ? 3 : 12;

    private static DateOnly ColumnOf(DateOnly period, int monthsPerColumn) =>
        monthsPerColumn == 0 ? period : new DateOnly(period.Year, ((period.Month - 1) / monthsPerColumn * monthsPerColumn) + 1, 1);

    private static string Label(DateOnly column, int monthsPerColumn, CultureInfo culture) => monthsPerColumn switch
    {
        0 => column.ToString("d MMM yyyy", culture),
        12 => column.ToString("yyyy", culture),
        _ => $"{column.ToString("MMM", culture)} – {column.AddMonths(monthsPerColumn - 1).ToString("MMM yyyy", culture)}",
    };
}
