using Dapper;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Queries;

/// <summary>
/// Where a panel counts from: the per-day aggregates whenever they can answer the filter (a range
/// and outlets), with the whole months of the range read from the monthly roll-ups when the panel
/// counts by month or not by period at all; the raw rows when the filter names actors, which the
/// aggregates do not split by. Every form exposes the same aliases (<c>s</c> for the outlet,
/// <c>ac</c> for the actor) and time column, so one query text serves each.
/// </summary>
/// <param name="From">The FROM clause.</param>
/// <param name="Time">The timestamp column the date range applies to.</param>
/// <param name="Articles">The expression that counts articles.</param>
/// <param name="Mentions">The expression that counts mentions (actor sources only).</param>
internal sealed record CountSource(string From, string Time, string Articles, string Mentions)
{
    /// <summary>Articles by day (or month) and outlet; <paramref name="period"/> is what the query groups by, null for totals.</summary>
    public static CountSource ForArticles(ArticleFilter filter, ISqlDialect dialect, DynamicParameters parameters, Granularity? period) =>
        filter.Actors is { Count: > 0 }
            ? new("articles a JOIN sources s ON s.id = a.source_id", "a.published_at", "COUNT(*)", "0")
            : new($"{Rows(filter, dialect, parameters, period, "daily_source_articles", "monthly_source_articles", "source_id, articles")} a JOIN sources s ON s.id = a.source_id",
                "a.day", "SUM(a.articles)", "0");

    /// <summary>Actor mentions: by day (or month) and actor over all outlets (no outlet chosen), by day, outlet and actor, or raw when actors are named.</summary>
    public static CountSource ForMentions(ArticleFilter filter, ISqlDialect dialect, DynamicParameters parameters, Granularity? period) =>
        filter.Actors is { Count: > 0 }
            ? new("mentions m JOIN actors ac ON ac.id = m.actor_id JOIN articles a ON a.id = m.article_id JOIN sources s ON s.id = a.source_id",
                "a.published_at", "COUNT(DISTINCT m.article_id)", "COUNT(*)")
            : filter.Sources is { Count: > 0 }
                ? new("daily_actor_mentions m JOIN actors ac ON ac.id = m.actor_id JOIN sources s ON s.id = m.source_id",
                    "m.day", "SUM(m.articles)", "SUM(m.mentions)")
                : new($"{Rows(filter, dialect, parameters, period, "daily_actor_totals", "monthly_actor_totals", "actor_id, articles, mentions")} m JOIN actors ac ON ac.id = m.actor_id",
                    "m.day", "SUM(m.articles)", "SUM(m.mentions)");

    /// <summary>
    /// The per-day table, or when the query may count whole months (no period, or by month) and the range holds
    /// some, the per-day rows of its partial months with the monthly rows of its whole ones, under the per-day
    /// table's column names. A month row stands on its first day, so the range conditions outside still hold.
    /// </summary>
    private static string Rows(ArticleFilter filter, ISqlDialect dialect, DynamicParameters parameters, Granularity? period, string daily, string monthly, string columns)
    {
        if (period is not (null or Granularity.Month) || WholeMonths.Of(filter) is not { } months)
        {
            return daily;
        }

        var (monthConditions, dayConditions) = months.Conditions(dialect, parameters, "month", "day");

        var wholeMonths = $"SELECT month AS day, {columns} FROM {monthly}" + (monthConditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", monthConditions));
        if (dayConditions.Count == 0)
        {
            return $"({wholeMonths})";
        }

        // The partial months' days: before the first whole month or from the end of the last, inside the range.
        var edges = new List<string> { "(" + string.Join(" OR ", dayConditions) + ")" };
        if (filter.From is { } start)
        {
            parameters.Add("PartialFrom", WholeMonths.Midnight(dialect, start));
            edges.Add("day >= @PartialFrom");
        }

        if (filter.To is { } end)
        {
            parameters.Add("PartialUntil", WholeMonths.Midnight(dialect, end.AddDays(1)));
            edges.Add("day < @PartialUntil");
        }

        return $"(SELECT day, {columns} FROM {daily} WHERE {string.Join(" AND ", edges)} UNION ALL {wholeMonths})";
    }
}
