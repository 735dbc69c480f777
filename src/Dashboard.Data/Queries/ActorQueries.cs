using Dapper;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Queries;

/// <summary>Actors by how many filtered articles mention them.</summary>
public sealed class ActorQueries(ISqlDialect dialect, QueryCache? cache = null)
{
    private readonly QueryCache _cache = cache ?? QueryCache.None;

    /// <summary>The most mentioned actors of a kind (person, organization, place; null for all), ignored ones left out.</summary>
    public Task<IReadOnlyList<ActorTotal>> TopAsync(ArticleFilter filter, string? kind, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return _cache.GetAsync($"actors|{kind}|{limit}|{filter.Key}", token => QueryTopAsync(filter, kind, limit, token), r => r.Count, cancellationToken);
    }

    private async Task<IReadOnlyList<ActorTotal>> QueryTopAsync(ArticleFilter filter, string? kind, int limit, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters();
        var source = CountSource.ForMentions(filter, dialect, parameters, period: null);
        var where = FilterSql.Where(filter, dialect, parameters, source.Time);
        where += (where.Length == 0 ? "WHERE " : " AND ") + "ac.ignored = 0" + (kind is null ? "" : " AND ac.kind = @Kind");
        parameters.Add("Kind", kind);
        parameters.Add("Limit", limit);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"""
            SELECT ac.id AS Id, ac.canonical AS Canonical, ac.kind AS Kind, {source.Articles} AS Articles, {source.Mentions} AS Mentions
            FROM {source.From}
            {where}
            GROUP BY ac.id, ac.canonical, ac.kind
            ORDER BY Articles DESC, Mentions DESC, Canonical
            LIMIT @Limit
            """,
            parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new ActorTotal(r.Id, r.Canonical, r.Kind, r.Articles, r.Mentions))];
    }

    /// <summary>Articles per period that mention each of <paramref name="canonicals"/>, oldest period first; periods without a mention are left out.</summary>
    public Task<IReadOnlyList<ActorPeriod>> PerPeriodAsync(ArticleFilter filter, IReadOnlyList<string> canonicals, Granularity granularity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(canonicals);
        return _cache.GetAsync($"actor-periods|{granularity}|{string.Join('\u001f', canonicals)}|{filter.Key}", token => QueryPerPeriodAsync(filter, canonicals, granularity, token), r => r.Count, cancellationToken);
    }

    private async Task<IReadOnlyList<ActorPeriod>> QueryPerPeriodAsync(ArticleFilter filter, IReadOnlyList<string> canonicals, Granularity granularity, CancellationToken cancellationToken)
    {
        if (canonicals.Count == 0)
        {
            return [];
        }

        var parameters = new DynamicParameters();
        var source = CountSource.ForMentions(filter, dialect, parameters, granularity);
        var where = FilterSql.Where(filter, dialect, parameters, source.Time);
        where += (where.Length == 0 ? "WHERE " : " AND ") + dialect.InList("ac.canonical", "@Canonicals");
        parameters.Add("Canonicals", canonicals.ToArray());
        var period = dialect.PeriodStart(granularity, source.Time);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PeriodRow>(new CommandDefinition(
            $"""
            SELECT ac.canonical AS Canonical, {period} AS Period, {source.Articles} AS Articles
            FROM {source.From}
            {where}
            GROUP BY ac.canonical, {period}
            ORDER BY Period, Canonical
            """,
            parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new ActorPeriod(r.Canonical, r.Period, r.Articles))];
    }

    /// <summary>One actor with its totals over every article and the spellings its mentions use, most used first; null when there is none.</summary>
    public async Task<ActorProfile?> ProfileAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var actor = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            """
            SELECT ac.id AS Id, ac.canonical AS Canonical, ac.kind AS Kind,
                   (SELECT COUNT(DISTINCT m.article_id) FROM mentions m WHERE m.actor_id = ac.id) AS Articles,
                   (SELECT COUNT(*) FROM mentions m WHERE m.actor_id = ac.id) AS Mentions
            FROM actors ac
            WHERE ac.id = @Id
            """,
            new { Id = id }, cancellationToken: cancellationToken));
        if (actor is null)
        {
            return null;
        }

        var spellings = await connection.QueryAsync<(string Text, long Count)>(new CommandDefinition(
            "SELECT text, COUNT(*) AS n FROM mentions WHERE actor_id = @Id GROUP BY text ORDER BY n DESC, text LIMIT 12",
            new { Id = id }, cancellationToken: cancellationToken));
        return new ActorProfile(new ActorTotal(actor.Id, actor.Canonical, actor.Kind, actor.Articles, actor.Mentions), [.. spellings]);
    }

    /// <summary>How many distinct actors (ignored ones left out) the filtered articles mention.</summary>
    public Task<long> DistinctAsync(ArticleFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return _cache.GetAsync($"distinct-actors|{filter.Key}", token => QueryDistinctAsync(filter, token), _ => 1, cancellationToken);
    }

    private async Task<long> QueryDistinctAsync(ArticleFilter filter, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters();
        var source = CountSource.ForMentions(filter, dialect, parameters, period: null);
        var where = FilterSql.Where(filter, dialect, parameters, source.Time);
        where += (where.Length == 0 ? "WHERE " : " AND ") + "ac.ignored = 0";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(DISTINCT m.actor_id) FROM {source.From} {where}", parameters, cancellationToken: cancellationToken));
    }

    private sealed class PeriodRow
    {
        public string Canonical { get; init; } = "";
        public string Period { get; init; } = "";
        public long Articles { get; init; }
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string Canonical { get; init; } = "";
        public string Kind { get; init; } = "";
        public long Articles { get; init; }
        public long Mentions { get; init; }
    }
}
