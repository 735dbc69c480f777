using System.Data.Common;
using Dapper;
using Dashboard.Core.Extraction;
using Dashboard.Core.Incidents;
using Dashboard.Data.Articles;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Extraction;

/// <summary>
/// Writes what extraction found in one stored article (mentions, casualty facts, incidents) inside the
/// caller's transaction; the caller writes the kept mentions with <see cref="CompleteAsync"/> and counts them in the
/// daily aggregates once, at the transaction's end.
/// </summary>
internal sealed class ExtractionWriter(DbConnection connection, DbTransaction transaction, ISqlDialect dialect, ReusedStatements statements)
{
    private static readonly string[] MentionColumns = ["article_id", "actor_id", "field", "start_offset", "end_offset", "text"];

    private readonly ActorResolver _actors = new(statements);
    private readonly IncidentLinker _incidents = new(connection, transaction, dialect);

    // The transaction's mentions, written together by CompleteAsync: one binary COPY on PostgreSQL.
    private readonly BulkRows _mentions = new("mentions", MentionColumns);

    /// <summary>Writes the article's facts and keeps its mentions for <see cref="CompleteAsync"/>; <paramref name="story"/> is the story it belongs to, which incident linking trusts.</summary>
    public async Task WriteAsync(long articleId, long? story, AnalyzedArticle analyzed, CancellationToken cancellationToken)
    {
        foreach (var (field, mention) in analyzed.Mentions)
        {
            var actorId = await _actors.IdOfAsync(mention.Kind, mention.Canonical, cancellationToken);
            _mentions.Add(articleId, actorId, field, (long)mention.Start, (long)mention.End, mention.Text);
        }
        var reports = EventReport.From(analyzed);
        var factIds = new Dictionary<CasualtyFact, long>(ReferenceEqualityComparer.Instance);
        foreach (var (field, fact) in analyzed.Casualties)
        {
            var isReport = reports.Any(r => r.Facts.Any(f => ReferenceEquals(f.Fact, fact)) && r.Reported(fact));
            factIds[fact] = await statements.ScalarAsync(
                """
                INSERT INTO casualty_facts (article_id, field, start_offset, end_offset, text, kind, min_count, max_count, approx, victim_group, affiliation, place, is_report, published_at)
                VALUES (@ArticleId, @Field, @Start, @End, @Text, @Kind, @Min, @Max, @Approx, @Group, @Affiliation, @Place, @IsReport, (SELECT published_at FROM articles WHERE id = @ArticleId))
                RETURNING id
                """,
                cancellationToken,
                ("ArticleId", articleId),
                ("Field", field),
                ("Start", fact.Start),
                ("End", fact.End),
                ("Text", fact.Text),
                ("Kind", fact.Kind),
                ("Min", fact.Min),
                ("Max", fact.Max),
                ("Approx", fact.Approx ? 1 : 0),
                ("Group", fact.Group),
                ("Affiliation", fact.Affiliation),
                ("Place", fact.Place),
                ("IsReport", isReport ? 1 : 0)) ?? throw new InvalidOperationException("INSERT … RETURNING id returned no row");
        }

        foreach (var report in reports)
        {
            await _incidents.LinkAsync(articleId, report, [.. report.Facts.Select(f => factIds[f.Fact])], story, cancellationToken);
        }
    }

    /// <summary>Writes the mentions kept so far; the caller runs it before counting them and before committing.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_mentions.Rows.Count > 0)
        {
            await dialect.CopyRowsAsync(connection, transaction, _mentions, cancellationToken);
            _mentions.Clear();
        }
    }
}
