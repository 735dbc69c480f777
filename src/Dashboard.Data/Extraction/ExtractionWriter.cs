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
internal sealed class ExtractionWriter(DbConnection connection, DbTransaction transaction, ISqlDialect dialect, ReusedStatements statements)
{
    private const int MentionsPerStatement = 100;

    // One statement text per row count of a mentions chunk, made once (a race only makes the same text twice),
    // and each row's parameter names, so the writer's hot path builds no strings per mention.
    private static readonly string?[] MentionRowsSqlCache = new string?[MentionsPerStatement];
    private static readonly string[][] MentionNames = [.. Enumerable.Range(0, MentionsPerStatement).Select(i =>
        new[] { "A", "F", "S", "E", "T" }.Select(column => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{column}{i}")).ToArray())];

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

        // All of an article's mentions in multi-row statements of at most 100 rows (well under SQLite's
        // parameter limit); each row count is its own statement text, kept for the transaction like any other.
        foreach (var chunk in mentions.Chunk(MentionsPerStatement))
        {
            var values = new (string Name, object? Value)[1 + (5 * chunk.Length)];
            values[0] = ("ArticleId", articleId);
            for (var i = 0; i < chunk.Length; i++)
            {
                var (m, names) = (chunk[i], MentionNames[i]);
                values[1 + (5 * i)] = (names[0], m.ActorId);
                values[2 + (5 * i)] = (names[1], m.Field);
                values[3 + (5 * i)] = (names[2], m.Start);
                values[4 + (5 * i)] = (names[3], m.End);
                values[5 + (5 * i)] = (names[4], m.Text);
            }

            await statements.ExecuteAsync(MentionRowsSql(chunk.Length), cancellationToken, values);
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

    // The statement for a chunk of n mentions; the texts are made once per row count.
    private static string MentionRowsSql(int rows) => MentionRowsSqlCache[rows - 1] ??= string.Concat(
        "INSERT INTO mentions (article_id, actor_id, field, start_offset, end_offset, text) VALUES ",
        string.Join(", ", Enumerable.Range(0, rows).Select(i => $"(@ArticleId, @{string.Join(", @", MentionNames[i])})")));
}
