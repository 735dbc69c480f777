using Dapper;
using Dashboard.Core.Articles;
using Dashboard.Core.Extraction;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Extraction;

/// <summary>
/// Runs extraction again over every stored article, oldest first, so that curation (aliases, merges,
/// renames) and a new model reach all of them. Incidents are rebuilt from scratch in publication
/// order. Each batch replaces its articles' facts in one transaction; a run that was interrupted
/// leaves every article either as it was or fully redone, and running it again completes it.
/// </summary>
public sealed class Reextractor(ISqlDialect dialect, ITextAnalyzer analyzer)
{
    private const int BatchSize = 500;

    /// <summary>Re-extracts everything; reports progress after each batch.</summary>
    public async Task RunAsync(IProgress<ReextractionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        long total;
        await using (var connection = await dialect.OpenForWritingAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            total = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM articles", transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition("UPDATE casualty_facts SET incident_id = NULL", transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition("DELETE FROM incidents", transaction: transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }

        var done = 0L;
        object lastTime = dialect.Timestamp(DateTimeOffset.MinValue.AddYears(1));
        var lastId = 0L;
        progress?.Report(new ReextractionProgress(0, total));
        while (true)
        {
            var rows = await NextBatchAsync(lastTime, lastId, cancellationToken);
            if (rows.Count == 0)
            {
                break;
            }

            var articles = rows.Select(r => new Article(r.Title, r.Source, dialect.ReadTimestamp(r.PublishedAt), Article.SplitBody(r.Body))).ToList();
            var analyzed = ArticleAnalysis.AnalyzeAll(analyzer, articles);
            await using (var connection = await dialect.OpenForWritingAsync(cancellationToken))
            await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
            await using (var statements = new Articles.ReusedStatements(connection, transaction))
            {
                var ids = rows.Select(r => r.Id).ToArray();
                await Aggregates.DailyAggregates.SubtractMentionsAsync(connection, transaction, dialect, ids, cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM mentions WHERE {dialect.InList("article_id", "@Ids")}", new { Ids = ids }, transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM casualty_facts WHERE {dialect.InList("article_id", "@Ids")}", new { Ids = ids }, transaction, cancellationToken: cancellationToken));
                var writer = new ExtractionWriter(connection, transaction, dialect, statements);
                for (var i = 0; i < rows.Count; i++)
                {
                    await writer.WriteAsync(rows[i].Id, rows[i].StoryId, analyzed[i], cancellationToken);
                }

                await writer.CompleteAsync(cancellationToken);
                await Aggregates.DailyAggregates.AddMentionsAsync(connection, transaction, dialect, ids, cancellationToken);

                await transaction.CommitAsync(cancellationToken);
            }

            done += rows.Count;
            (lastTime, lastId) = (rows[^1].PublishedAt, rows[^1].Id);
            progress?.Report(new ReextractionProgress(done, total));
        }
    }

    private async Task<List<Row>> NextBatchAsync(object afterTime, long afterId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            SELECT a.id AS Id, a.story_id AS StoryId, a.title AS Title, s.name AS Source, a.published_at AS PublishedAt, a.body AS Body
            FROM articles a JOIN sources s ON s.id = a.source_id
            WHERE a.published_at > @AfterTime OR (a.published_at = @AfterTime AND a.id > @AfterId)
            ORDER BY a.published_at, a.id
            LIMIT @Limit
            """,
            new { AfterTime = afterTime, AfterId = afterId, Limit = BatchSize }, cancellationToken: cancellationToken));
        return [.. rows];
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public long? StoryId { get; init; }
        public string Title { get; init; } = "";
        public string Source { get; init; } = "";
        public object PublishedAt { get; init; } = "";
        public string Body { get; init; } = "";
    }
}
