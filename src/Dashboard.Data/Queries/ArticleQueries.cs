using Dapper;
using Dashboard.Core.Articles;
using Dashboard.Core.Search;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Queries;

/// <summary>Reading articles back: one by id, newest first in pages, and what the store covers.</summary>
public sealed class ArticleQueries(ISqlDialect dialect, QueryCache? cache = null)
{
    private readonly QueryCache _cache = cache ?? QueryCache.None;

    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The article with this id, or null.</summary>
    public async Task<StoredArticle?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(
            """
            SELECT a.id AS Id, a.title AS Title, s.name AS Source, a.published_at AS PublishedAt,
                   a.published_offset AS PublishedOffset, a.body AS Body, a.url AS Url, a.external_id AS ExternalId
            FROM articles a JOIN sources s ON s.id = a.source_id
            WHERE a.id = @Id
            """,
            new { Id = id }, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var offset = TimeSpan.FromMinutes(row.PublishedOffset);
        var published = dialect.ReadTimestamp(row.PublishedAt).ToOffset(offset);
        return new StoredArticle(row.Id, new Article(row.Title, row.Source, published, Article.SplitBody(row.Body), row.Url, row.ExternalId));
    }

    /// <summary>
    /// Newest first. <paramref name="search"/> keeps the articles whose title or body has every word
    /// of it, however each is spelled or prefixed (أوباما finds اوباما and بأوباما); each item carries a
    /// snippet of its body around the first hit.
    /// </summary>
    public Task<ArticlePage> PageAsync(ArticleFilter filter, string? search, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return _cache.GetAsync($"articles|{search}|{page}|{pageSize}|{filter.Key}", token => QueryPageAsync(filter, search, page, pageSize, token), r => r.Items.Count, cancellationToken);
    }

    private async Task<ArticlePage> QueryPageAsync(ArticleFilter filter, string? search, int page, int pageSize, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters();
        var where = FilterSql.Where(filter, dialect, parameters);
        var terms = SearchTerms.OfQuery(search);
        var whereWithSearch = where;
        if (terms.Count > 0)
        {
            parameters.Add("Search", dialect.SearchQuery(terms));
            whereWithSearch += (where.Length == 0 ? "WHERE " : " AND ") + dialect.IsSearchHit("a.id", "@Search");
        }

        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var offset = (Math.Max(page, 1) - 1) * pageSize;
        parameters.Add("Limit", pageSize);
        parameters.Add("Offset", offset);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var hits = terms.Count == 0 ? 0 : await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM ({dialect.SearchHits("@Search")}) AS h", parameters, cancellationToken: cancellationToken));
        var total = terms.Count == 0 ? await CountAsync(connection, filter, cancellationToken)
            : where.Length == 0 ? hits
            : await NarrowedTotalAsync(connection, hits, filter, where, whereWithSearch, parameters, cancellationToken);
        if (offset >= total)
        {
            return new ArticlePage(total, []);
        }

        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(
            terms.Count > 0 && total <= HitsFirstUpTo && hits <= HitsReadUpTo ? FromHitsSql(where) : NewestFirstSql(whereWithSearch),
            parameters, cancellationToken: cancellationToken));
        var items = rows.Select(r => new ArticleSummary(r.Id, r.Title, r.Source,
            dialect.ReadTimestamp(r.PublishedAt).ToOffset(TimeSpan.FromMinutes(r.PublishedOffset)),
            MarkedText.Snippet(r.Body, terms),
            SearchTerms.Hits(r.Title, terms))).ToList();
        return new ArticlePage(total, items);
    }

    // A narrowed search counts from the cheaper side: the range's articles, each checked against the index, or
    // the word's hits, each looked up by id. Measured on SQLite at a million articles, a check costs about
    // thirty lookups (a week of 1,900 articles checked: 63 ms; 600,000 hits looked up: 400 ms).
    private async Task<long> NarrowedTotalAsync(System.Data.Common.DbConnection connection, long hits, ArticleFilter filter, string where, string whereWithSearch,
        DynamicParameters parameters, CancellationToken cancellationToken)
    {
        var checkRange = await CountAsync(connection, filter, cancellationToken) * CheckCostInLookups < hits;
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            checkRange ? $"SELECT COUNT(*) FROM articles a JOIN sources s ON s.id = a.source_id {whereWithSearch}"
            : $"SELECT COUNT(*) FROM ({dialect.SearchHits("@Search")}) AS h JOIN articles a ON a.id = h.article_id JOIN sources s ON s.id = a.source_id {where}",
            parameters, cancellationToken: cancellationToken));
    }

    // Without a search, the total comes from the per-day counts (a day's rows per outlet instead of
    // every article of the range: COUNT(*) over a year took 40-60 ms on PostgreSQL at 100,000 articles).
    private async Task<long> CountAsync(System.Data.Common.DbConnection connection, ArticleFilter filter, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters();
        var source = CountSource.ForArticles(filter, dialect, parameters, period: null);
        var where = FilterSql.Where(filter, dialect, parameters, source.Time);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COALESCE({source.Articles}, 0) FROM {source.From} {where}", parameters, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Up to this many hits, a search page is read from the hits (looked up by id and sorted);
    /// above it, from the newest articles down, each checked against the search, which finds a
    /// page's worth within a few rows when hits are that many. Reading the newest first for a rare
    /// word instead checks every article of the range: on PostgreSQL, with statistics not yet
    /// gathered after an ingest, the planner chose that and took 350–480 ms at 100,000 articles
    /// for a word no article has (0.2 ms from the hits).
    /// </summary>
    internal long HitsFirstUpTo { get; init; } = 2_000;

    /// <summary>
    /// A page is read from the hits only when the word has at most this many in all: reading them all to find a
    /// page among the few of a short range took 0.4 s for a word in 600,000 articles.
    /// </summary>
    internal long HitsReadUpTo { get; init; } = 50_000;

    /// <summary>What checking one article against the index costs, in lookups of a hit by id (see <see cref="PageAsync"/>).</summary>
    internal long CheckCostInLookups { get; init; } = 30;

    private static string NewestFirstSql(string where) =>
        $"""
        SELECT a.id AS Id, a.title AS Title, s.name AS Source, a.published_at AS PublishedAt, a.published_offset AS PublishedOffset, a.body AS Body
        FROM articles a JOIN sources s ON s.id = a.source_id
        {where}
        ORDER BY a.published_at DESC, a.id DESC
        LIMIT @Limit OFFSET @Offset
        """;

    // MATERIALIZED keeps the engine from folding the hits back into a walk over the articles.
    private string FromHitsSql(string where) =>
        $"""
        WITH hits AS MATERIALIZED ({dialect.SearchHits("@Search")})
        SELECT a.id AS Id, a.title AS Title, s.name AS Source, a.published_at AS PublishedAt, a.published_offset AS PublishedOffset, a.body AS Body
        FROM hits h JOIN articles a ON a.id = h.article_id JOIN sources s ON s.id = a.source_id
        {where}
        ORDER BY a.published_at DESC, a.id DESC
        LIMIT @Limit OFFSET @Offset
        """;

    /// <summary>The id of the newest stored article, 0 when there is none; ids only grow.</summary>
    public async Task<long> LastIdAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COALESCE(MAX(id), 0) FROM articles", cancellationToken: cancellationToken));
    }

    /// <summary>How many articles were stored after the one with id <paramref name="afterId"/>.</summary>
    public async Task<long> CountAfterAsync(long afterId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM articles WHERE id > @AfterId", new { AfterId = afterId }, cancellationToken: cancellationToken));
    }

    /// <summary>How many articles there are and the days of the first and the last.</summary>
    public Task<Coverage> CoverageAsync(CancellationToken cancellationToken = default) =>
        _cache.GetAsync("coverage", QueryCoverageAsync, _ => 1, cancellationToken);

    private async Task<Coverage> QueryCoverageAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<CoverageRow>(new CommandDefinition(
            "SELECT COUNT(*) AS Articles, MIN(published_at) AS FirstAt, MAX(published_at) AS LastAt FROM articles",
            cancellationToken: cancellationToken));
        return new Coverage(
            row.Articles,
            row.FirstAt is null ? null : DateOnly.FromDateTime(dialect.ReadTimestamp(row.FirstAt).UtcDateTime),
            row.LastAt is null ? null : DateOnly.FromDateTime(dialect.ReadTimestamp(row.LastAt).UtcDateTime));
    }

    // Rows are classes with settable members: the timestamp arrives as text from SQLite and as a
    // DateTime from PostgreSQL, which Dapper can assign to object properties but not constructor parameters.
    private sealed class ArticleRow
    {
        public long Id { get; init; }
        public string Title { get; init; } = "";
        public string Source { get; init; } = "";
        public object PublishedAt { get; init; } = "";
        public long PublishedOffset { get; init; }
        public string Body { get; init; } = "";
        public string? Url { get; init; }
        public string? ExternalId { get; init; }
    }

    private sealed class SummaryRow
    {
        public long Id { get; init; }
        public string Title { get; init; } = "";
        public string Source { get; init; } = "";
        public object PublishedAt { get; init; } = "";
        public long PublishedOffset { get; init; }
        public string Body { get; init; } = "";
    }

    private sealed class CoverageRow
    {
        public long Articles { get; init; }
        public object? FirstAt { get; init; }
        public object? LastAt { get; init; }
    }
}
