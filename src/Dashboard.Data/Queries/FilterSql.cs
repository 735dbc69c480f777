using Dapper;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Queries;

/// <summary>
/// The WHERE clause of <see cref="ArticleFilter"/> over <c>articles a JOIN sources s</c>, with its
/// parameters. Every panel filters the same way, so the clause is written once.
/// </summary>
internal static class FilterSql
{
    public static string Where(ArticleFilter filter, ISqlDialect dialect, DynamicParameters parameters)
    {
        var conditions = new List<string>();
        if (filter.From is { } from)
        {
            parameters.Add("FromTime", dialect.Timestamp(new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
            conditions.Add("a.published_at >= @FromTime");
        }

        if (filter.To is { } to)
        {
            parameters.Add("UntilTime", dialect.Timestamp(new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
            conditions.Add("a.published_at < @UntilTime");
        }

        if (filter.Sources is { Count: > 0 } sources)
        {
            parameters.Add("Sources", sources);
            conditions.Add("s.name IN @Sources");
        }

        return conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
    }
}
