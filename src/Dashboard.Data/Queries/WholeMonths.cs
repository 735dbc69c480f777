using Dashboard.Data.Dialects;

namespace Dashboard.Data.Queries;

/// <summary>
/// The whole calendar months inside a filter's date range, which the monthly roll-ups answer; the days
/// before <see cref="From"/> and from <see cref="Until"/> on are read from the per-day tables. A null end
/// is open: every month on that side is whole.
/// </summary>
/// <param name="From">The first day of the first whole month, or null when the range has no start.</param>
/// <param name="Until">The first day after the last whole month, or null when the range has no end.</param>
internal sealed record WholeMonths(DateOnly? From, DateOnly? Until)
{
    /// <summary>The whole months of the filter's range, or null when it holds none.</summary>
    public static WholeMonths? Of(ArticleFilter filter)
    {
        DateOnly? from = filter.From is { } f ? (f.Day == 1 ? f : new DateOnly(f.Year, f.Month, 1).AddMonths(1)) : null;
        DateOnly? until = filter.To is { } t ? FirstOfMonth(t.AddDays(1)) : null;
        return from is { } start && until is { } end && start >= end ? null : new WholeMonths(from, until);
    }

    /// <summary>
    /// The conditions, with their parameters, that keep the rows of the whole months (on <paramref name="monthColumn"/>
    /// of a monthly table) and the rows outside them (on <paramref name="timeColumn"/> of a per-day or raw table);
    /// a condition list is empty when every row on that side qualifies.
    /// </summary>
    public (List<string> Inside, List<string> Outside) Conditions(ISqlDialect dialect, Dapper.DynamicParameters parameters, string monthColumn, string timeColumn)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var inside = new List<string>();
        var outside = new List<string>();
        if (From is { } from)
        {
            parameters.Add("WholeMonthsFrom", Midnight(dialect, from));
            inside.Add($"{monthColumn} >= @WholeMonthsFrom");
            outside.Add($"{timeColumn} < @WholeMonthsFrom");
        }

        if (Until is { } until)
        {
            parameters.Add("WholeMonthsUntil", Midnight(dialect, until));
            inside.Add($"{monthColumn} < @WholeMonthsUntil");
            outside.Add($"{timeColumn} >= @WholeMonthsUntil");
        }

        return (inside, outside);
    }

    /// <summary>A day's midnight UTC as the engine stores times, to compare with a day or month column.</summary>
    public static object Midnight(ISqlDialect dialect, DateOnly day) => dialect.Timestamp(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    private static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);
}
