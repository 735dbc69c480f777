using System.Data.Common;
using Dapper;
using Dashboard.Core.Articles;
using Dashboard.Core.Text;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Articles;

/// <summary>Writes articles and their outlets; a batch is one transaction, so a crash leaves none of it half-written.</summary>
public sealed class ArticleStore(ISqlDialect dialect, TimeProvider clock)
{
    /// <summary>Stores a batch; the outcome of each article is returned in input order.</summary>
    public async Task<IReadOnlyList<StoreOutcome>> AddAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var sources = new Dictionary<string, long>(StringComparer.Ordinal);
        var outcomes = new List<StoreOutcome>(articles.Count);
        var ingestedAt = dialect.Timestamp(clock.GetUtcNow());
        foreach (var article in articles)
        {
            if (!sources.TryGetValue(article.Source, out var sourceId))
            {
                sourceId = await SourceIdAsync(connection, transaction, article.Source, cancellationToken);
                sources[article.Source] = sourceId;
            }

            var id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                """
                INSERT INTO articles (source_id, content_key, external_id, url, title, body, published_at, published_offset, ingested_at)
                VALUES (@SourceId, @ContentKey, @ExternalId, @Url, @Title, @Body, @PublishedAt, @PublishedOffset, @IngestedAt)
                ON CONFLICT (source_id, content_key) DO NOTHING
                RETURNING id
                """,
                new
                {
                    SourceId = sourceId,
                    ContentKey = ContentKey.Of(article),
                    article.ExternalId,
                    article.Url,
                    article.Title,
                    article.Body,
                    PublishedAt = dialect.Timestamp(article.Published),
                    PublishedOffset = (int)article.Published.Offset.TotalMinutes,
                    IngestedAt = ingestedAt,
                },
                transaction,
                cancellationToken: cancellationToken));
            outcomes.Add(id is null ? StoreOutcome.Duplicate : StoreOutcome.Added);
        }

        await transaction.CommitAsync(cancellationToken);
        return outcomes;
    }

    private static async Task<long> SourceIdAsync(DbConnection connection, DbTransaction transaction, string name, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO sources (name) VALUES (@Name) ON CONFLICT (name) DO NOTHING",
            new { Name = name }, transaction, cancellationToken: cancellationToken));
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT id FROM sources WHERE name = @Name",
            new { Name = name }, transaction, cancellationToken: cancellationToken));
    }
}
