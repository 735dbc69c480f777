namespace Dashboard.Data.Queries;

/// <summary>
/// Where a panel counts from: the per-day aggregates whenever they can answer the filter (a range
/// and outlets), the raw rows when the filter names actors, which the aggregates do not split by.
/// Both forms expose the same aliases (<c>s</c> for the outlet, <c>ac</c> for the actor) so one
/// query text serves either.
/// </summary>
/// <param name="From">The FROM clause.</param>
/// <param name="Time">The timestamp column the date range applies to.</param>
/// <param name="Articles">The expression that counts articles.</param>
/// <param name="Mentions">The expression that counts mentions (actor sources only).</param>
internal sealed record CountSource(string From, string Time, string Articles, string Mentions)
{
    /// <summary>Articles by day and outlet.</summary>
    public static CountSource ForArticles(ArticleFilter filter) => filter.Actors is { Count: > 0 }
        ? new("articles a JOIN sources s ON s.id = a.source_id", "a.published_at", "COUNT(*)", "0")
        : new("daily_source_articles a JOIN sources s ON s.id = a.source_id", "a.day", "SUM(a.articles)", "0");

    /// <summary>Actor mentions: by day and actor over all outlets (no outlet chosen), by day, outlet and actor, or raw when actors are named.</summary>
    public static CountSource ForMentions(ArticleFilter filter) =>
        filter.Actors is { Count: > 0 }
            ? new("mentions m JOIN actors ac ON ac.id = m.actor_id JOIN articles a ON a.id = m.article_id JOIN sources s ON s.id = a.source_id",
                "a.published_at", "COUNT(DISTINCT m.article_id)", "COUNT(*)")
            : filter.Sources is { Count: > 0 }
                ? new("daily_actor_mentions m JOIN actors ac ON ac.id = m.actor_id JOIN sources s ON s.id = m.source_id",
                    "m.day", "SUM(m.articles)", "SUM(m.mentions)")
                : new("daily_actor_totals m JOIN actors ac ON ac.id = m.actor_id", "m.day", "SUM(m.articles)", "SUM(m.mentions)");
}
