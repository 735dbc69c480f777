namespace Dashboard.Data.Queries;

/// <summary>
/// The period a time chart counts by when the URL does not say: days for short ranges, weeks up to a
/// year or so, months beyond. Each step keeps a chart near a hundred bars at most: a year by day is 365
/// stacked bars of nine outlets, too thin to read or click and the slowest redraw of the dashboard.
/// </summary>
public static class GranularityChoice
{
    /// <summary>Longer ranges than this many days count by week (three calendar months still count by day).</summary>
    public const int WeeklyAfterDays = 92;

    /// <summary>Longer ranges than this many days count by month.</summary>
    public const int MonthlyAfterDays = 400;

    /// <summary>The granularity named in the URL when it is valid, else the one that suits the range (week for an open range).</summary>
    public static Granularity For(string? named, DateOnly? from, DateOnly? to) =>
        Enum.TryParse<Granularity>(named, ignoreCase: true, out var chosen) && Enum.IsDefined(chosen) ? chosen
        : from is not { } f || to is not { } t ? Granularity.Week
        : (t.DayNumber - f.DayNumber + 1) switch
        {
            > MonthlyAfterDays => Granularity.Month,
            > WeeklyAfterDays => Granularity.Week,
            _ => Granularity.Day,
        };

    /// <summary>
    /// The period of the sparse panels (incidents, actor mentions): at least a week, as daily columns of
    /// them are mostly empty.
    /// </summary>
    public static Granularity Sparse(Granularity chosen) => chosen == Granularity.Day ? Granularity.Week : chosen;
}
