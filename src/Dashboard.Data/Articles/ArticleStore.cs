using System.Data.Common;
using Dapper;
using Dashboard.Core.Articles;
using Dashboard.Core.Extraction;
using Dashboard.Core.Ingest;
using Dashboard.Core.Text;
using Dashboard.Data.Dialects;
using Dashboard.Data.Aggregates;
using Dashboard.Data.Extraction;
using Dashboard.Data.Search;

namespace Dashboard.Data.Articles;

/// <summary>
/// Writes articles with everything extracted from them: the outlet, actors and mentions, casualty
/// facts and the incidents they report. A batch is one transaction, so a crash leaves no article
/// half-written; the text is analyzed on every core before the transaction opens.
/// </summary>
public sealed class ArticleStore(ISqlDialect dialect, ITextAnalyzer analyzer, TimeProvider clock)
{
    /// <summary>The analyzer the store runs over articles it is given unanalyzed.</summary>
    public ITextAnalyzer Analyzer => analyzer;

    /// <summary>Analyzes and stores a batch; the outcome of each article is returned in input order.</summary>
    public Task<IReadOnlyList<StoreOutcome>> AddAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default) =>
        AddAsync(ArticleAnalysis.AnalyzeAll(analyzer, articles), cancellationToken);

    /// <summary>Stores a batch of analyzed articles; the outcome of each is returned in input order.</summary>
    public async Task<IReadOnlyList<StoreOutcome>> AddAsync(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        await using var connection = await dialect.OpenForWritingAsync(cancellationToken);
        if (dialect.BulkWriteSettings is not { } settings)
        {
            return await AddAsync(connection, articles, cancellationToken);
        }

        await connection.ExecuteAsync(new CommandDefinition(settings.Before, cancellationToken: cancellationToken));
        try
        {
            return await AddAsync(connection, articles, cancellationToken);
        }
        finally
        {
            // Not cancellable: the pooled connection must get its defaults back whatever happened.
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await connection.ExecuteAsync(settings.After);
            }
        }
    }

    /// <summary>Refreshes the engine's planner statistics (after a large ingest), where the engine plans from them.</summary>
    public async Task RefreshStatisticsAsync(CancellationToken cancellationToken = default)
    {
        if (dialect.RefreshStatisticsSql is not { } sql)
        {
            return;
        }

        await using var connection = await dialect.OpenAsync(cancellationToken);
        // Text stated: Dapper takes a statement without a space ("ANALYZE") for the name of a stored procedure.
        await connection.ExecuteAsync(new CommandDefinition(sql, commandTimeout: 600, commandType: System.Data.CommandType.Text, cancellationToken: cancellationToken));
    }

    private async Task<IReadOnlyList<StoreOutcome>> AddAsync(DbConnection connection, IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var statements = new ReusedStatements(connection, transaction);
        var sources = new Dictionary<string, long>(StringComparer.Ordinal);
        var extraction = new ExtractionWriter(connection, transaction, dialect, statements);
        var stories = new StoryLinker(connection, transaction, dialect, statements);
        var outcomes = new List<StoreOutcome>(articles.Count);
        var stored = new List<long>(articles.Count);
        var ingestedAt = dialect.Timestamp(clock.GetUtcNow());
        foreach (var analyzed in articles)
        {
            var article = analyzed.Article;
            if (!sources.TryGetValue(article.Source, out var sourceId))
            {
                sourceId = await SourceIdAsync(connection, transaction, article.Source, article.Url, cancellationToken);
                sources[article.Source] = sourceId;
            }

            var (dateline, agency) = article.Paragraphs.Count > 0 ? Credits.Of(article.Paragraphs[0]) : (null, null);
            var id = await statements.ScalarAsync(
                """
                INSERT INTO articles (source_id, content_key, external_id, url, title, body, published_at, published_offset, ingested_at, dateline, agency)
                VALUES (@SourceId, @ContentKey, @ExternalId, @Url, @Title, @Body, @PublishedAt, @PublishedOffset, @IngestedAt, @Dateline, @Agency)
                ON CONFLICT DO NOTHING
                RETURNING id
                """,
                cancellationToken,
                ("SourceId", sourceId),
                ("ContentKey", analyzed.ContentKey),
                ("ExternalId", article.ExternalId),
                ("Url", article.Url),
                ("Title", article.Title),
                ("Body", article.Body),
                ("PublishedAt", dialect.Timestamp(article.Published)),
                ("PublishedOffset", (int)article.Published.Offset.TotalMinutes),
                ("IngestedAt", ingestedAt),
                ("Dateline", dateline),
                ("Agency", agency));
            if (id is not { } articleId)
            {
                var sameText = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT COUNT(*) FROM articles WHERE source_id = @SourceId AND content_key = @ContentKey",
                    new { SourceId = sourceId, analyzed.ContentKey }, transaction, cancellationToken: cancellationToken));
                outcomes.Add(sameText > 0 ? StoreOutcome.Duplicate : StoreOutcome.ConflictingId);
                continue;
            }

            stored.Add(articleId);
            var (story, nearDuplicate) = await stories.LinkAsync(articleId, article, analyzed.StorySignature, cancellationToken);
            await extraction.WriteAsync(articleId, story, analyzed, cancellationToken);
            await SearchIndex.AddAsync(statements, dialect, articleId, analyzed.SearchTerms, cancellationToken);
            outcomes.Add(nearDuplicate ? StoreOutcome.AddedNearDuplicate : StoreOutcome.Added);
        }

        await extraction.CompleteAsync(cancellationToken);
        await DailyAggregates.AddArticlesAsync(connection, transaction, dialect, [.. stored], cancellationToken);
        await DailyAggregates.AddMentionsAsync(connection, transaction, dialect, [.. stored], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcomes;
    }

    // The outlet a name leads to through its aliases; a new name is a new outlet. The host of the
    // article's address becomes an alias, so the same outlet written as its domain is found again.
    private static async Task<long> SourceIdAsync(DbConnection connection, DbTransaction transaction, string name, string? url, CancellationToken cancellationToken)
    {
        var key = SourceKey.Of(name);
        var id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT source_id FROM source_aliases WHERE alias_key = @Key", new { Key = key }, transaction, cancellationToken: cancellationToken));
        if (id is null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO sources (name) VALUES (@Name) ON CONFLICT (name) DO NOTHING", new { Name = name.Trim() }, transaction, cancellationToken: cancellationToken));
            id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT id FROM sources WHERE name = @Name", new { Name = name.Trim() }, transaction, cancellationToken: cancellationToken));
            await AliasAsync(connection, transaction, key, id.Value, cancellationToken);
        }

        if (SourceKey.HostOf(url) is { } host)
        {
            await AliasAsync(connection, transaction, host, id.Value, cancellationToken);
        }

        return id.Value;
    }

    private static Task AliasAsync(DbConnection connection, DbTransaction transaction, string key, long sourceId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO source_aliases (alias_key, source_id) VALUES (@Key, @Source) ON CONFLICT (alias_key) DO NOTHING",
            new { Key = key, Source = sourceId }, transaction, cancellationToken: cancellationToken));
}
