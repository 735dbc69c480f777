using System.Data.Common;
using Dapper;
using Dashboard.Core.Extraction;
using Dashboard.Core.Incidents;
using Dashboard.Data.Articles;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Extraction;

/// <summary>
/// Writes what extraction found in one stored article (mentions, casualty facts, incidents) inside the
/// caller's transaction; the caller counts the transaction's mentions in the daily aggregates once, at its end.
/// </summary>
internal sealed class ExtractionWriter(DbConnection connection, DbTransaction transaction, ISqlDialect dialect)
{
    private readonly ActorResolver _actors = new(connection, transaction);
    private readonly IncidentLinker _incidents = new(connection, transaction, dialect);

    /// <summary>Writes the article's mentions and facts; <paramref name="story"/> is the story it belongs to, which incident linking trusts.</summary>
    public async Task WriteAsync(long articleId, long? story, AnalyzedArticle analyzed, CancellationToken cancellationToken)
    {
        var mentions = new List<(long ActorId, string Field, int Start, int End, string Text)>();
        foreach (var (field, mention) in analyzed.Mentions)
        {
            var actorId = await _actors.IdOfAsync(mention.Kind, mention.Canonical, cancellationToken);
            mentions.Add((actorId, field, mention.Start, mention.End, mention.Text));
        }

        // All of an article's mentions in multi-row statements (at most 100 rows, well under SQLite's parameter limit).
        foreach (var chunk in mentions.Chunk(100))
        {
            var parameters = new DynamicParameters(new { ArticleId = articleId });
            var values = new System.Text.StringBuilder();
            for (var i = 0; i < chunk.Length; i++)
            {
                var m = chunk[i];
                parameters.Add($"A{i}", m.ActorId);
                parameters.Add($"F{i}", m.Field);
                parameters.Add($"S{i}", m.Start);
                parameters.Add($"E{i}", m.End);
                parameters.Add($"T{i}", m.Text);
                values.Append(i == 0 ? "" : ", ").Append(System.Globalization.CultureInfo.InvariantCulture, $"(@ArticleId, @A{i}, @F{i}, @S{i}, @E{i}, @T{i})");
            }

            await connection.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO mentions (article_id, actor_id, field, start_offset, end_offset, text) VALUES {values}",
                parameters, transaction, cancellationToken: cancellationToken));
        }

        var reports = EventReport.From(analyzed);
        var factIds = new Dictionary<CasualtyFact, long>(ReferenceEqualityComparer.Instance);
        foreach (var (field, fact) in analyzed.Casualties)
        {
            var isReport = reports.Any(r => r.Facts.Any(f => ReferenceEquals(f.Fact, fact)) && r.Reported(fact));
            factIds[fact] = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                """
                INSERT INTO casualty_facts (article_id, field, start_offset, end_offset, text, kind, min_count, max_count, approx, victim_group, affiliation, place, is_report, published_at)
                VALUES (@ArticleId, @Field, @Start, @End, @Text, @Kind, @Min, @Max, @Approx, @Group, @Affiliation, @Place, @IsReport, (SELECT published_at FROM articles WHERE id = @ArticleId))
                RETURNING id
                """,
                new
                {
                    ArticleId = articleId,
                    Field = field,
                    fact.Start,
                    fact.End,
                    fact.Text,
                    fact.Kind,
                    fact.Min,
                    fact.Max,
                    Approx = fact.Approx ? 1 : 0,
                    fact.Group,
                    fact.Affiliation,
                    fact.Place,
                    IsReport = isReport ? 1 : 0,
                },
                transaction, cancellationToken: cancellationToken));
        }

        foreach (var report in reports)
        {
            await _incidents.LinkAsync(articleId, report, [.. report.Facts.Select(f => factIds[f.Fact])], story, cancellationToken);
        }
    }
}
