using Dapper;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Queries;

/// <summary>
/// The WHERE clause of <see cref="ArticleFilter"/> over <c>articles a JOIN sources s</c>, with its
/// parameters. Every panel filters the same way, so the clause is written once.
/// </summary>
internal static class FilterSql
{
    public static string Where(ArticleFilter filter, ISqlDialect dialect, DynamicParameters parameters) =>
        Where(filter, dialect, parameters, "a.published_at");

    /// <summary>The clause with the date range applied to <paramref name="timeColumn"/>, or to no column when it is null.</summary>
    public static string Where(ArticleFilter filter, ISqlDialect dialect, DynamicParameters parameters, string? timeColumn)
    {
        var conditions = new List<string>();
        if (filter.From is { } from && timeColumn is not null)
        {
            parameters.Add("FromTime", dialect.Timestamp(new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
            conditions.Add($"{timeColumn} >= @FromTime");
        }

        if (filter.To is { } to && timeColumn is not null)
        {
            parameters.Add("UntilTime", dialect.Timestamp(new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
            conditions.Add($"{timeColumn} < @UntilTime");
        }

        if (filter.Sources is { Count: > 0 } sources)
        {
            parameters.Add("Sources", sources.ToArray());
            conditions.Add(dialect.InList("s.name", "@Sources"));
        }

        if (filter.Actors is { Count: > 0 } actors)
        {
            parameters.Add("Actors", actors.ToArray());
            conditions.Add($"EXISTS (SELECT 1 FROM mentions fm JOIN actors fa ON fa.id = fm.actor_id WHERE fm.article_id = a.id AND {dialect.InList("fa.canonical", "@Actors")})");
        }

        return conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
    }
}
