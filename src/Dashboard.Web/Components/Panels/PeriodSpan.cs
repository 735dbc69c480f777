using Dashboard.Data.Queries;

namespace Dashboard.Web.Components.Panels;

/// <summary>The days one bar of a time chart stands for, so clicking it can narrow the dashboard to them.</summary>
public static class PeriodSpan
{
    /// <summary>
    /// The inclusive days of the period starting on <paramref name="start"/>, cut to the filter's range:
    /// the first week of a range may start before it, and clicking it must not widen the view.
    /// </summary>
    public static (DateOnly From, DateOnly To) Of(DateOnly start, Granularity granularity, ArticleFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var end = granularity switch
        {
            Granularity.Week => start.AddDays(6),
            Granularity.Month => start.AddMonths(1).AddDays(-1),
            _ => start,
        };
        var from = filter.From is { } f && f > start ? f : start;
        var to = filter.To is { } t && t < end ? t : end;
        return (from, to);
    }
}
