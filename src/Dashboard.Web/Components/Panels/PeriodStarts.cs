using Dashboard.Data.Queries;

namespace Dashboard.Web.Components.Panels;

/// <summary>The first days of every period of a range, as the queries name periods (weeks from Monday, months from the 1st).</summary>
public static class PeriodStarts
{
    /// <summary>The start of the period that contains <paramref name="day"/>.</summary>
    public static DateOnly Of(DateOnly day, Granularity granularity) => granularity switch
    {
        Granularity.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        Granularity.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };

    /// <summary>Every period start from the period of <paramref name="first"/> to that of <paramref name="last"/>, oldest first.</summary>
    public static IReadOnlyList<DateOnly> Between(DateOnly first, DateOnly last, Granularity granularity)
    {
        var starts = new List<DateOnly>();
        for (var start = Of(first, granularity); start <= last; start = granularity switch
        {
            Granularity.Week => start.AddDays(7),
            Granularity.Month => start.AddMonths(1),
            _ => start.AddDays(1),
        })
        {
            starts.Add(start);
        }

        return starts;
    }
}
