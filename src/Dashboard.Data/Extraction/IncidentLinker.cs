using System.Data.Common;
using Dapper;
using Dashboard.Core.Incidents;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Extraction;

/// <summary>
/// Puts a new report into its incident inside the write transaction: every stored report it links
/// to (<see cref="IncidentRule"/>) is of the same incident, and incidents it links together are
/// merged while the whole stays coherent (<see cref="IncidentRule.Coherent"/>): no longer than a week,
/// figures that agree. A merge recounts the incident's figures from its reports; a report joining one
/// incident folds its own figures in, so the work per report does not grow with the size of its incident.
/// </summary>
internal sealed class IncidentLinker(DbConnection connection, DbTransaction transaction, ISqlDialect dialect)
{
    public async Task LinkAsync(long articleId, EventReport report, IReadOnlyList<long> reportFactIds, long? story, CancellationToken cancellationToken)
    {
        var linked = new SortedSet<long>();
        foreach (var stored in await NearbyReportsAsync(report, story, cancellationToken))
        {
            if (stored.Incident is { } incident && IncidentRule.Links(report, stored.Report, stored.SameStory))
            {
                linked.Add(incident);
            }
        }

        // The report joins the linked incidents it stays coherent with, oldest first, and they become one.
        var joined = new List<long>();
        var together = IncidentSummary.Of(report);
        foreach (var (id, incident) in await SummariesAsync(linked, cancellationToken))
        {
            var candidate = together.With(incident);
            if (IncidentRule.Coherent(candidate))
            {
                joined.Add(id);
                together = candidate;
            }
        }

        long target;
        var merged = false;
        if (joined.Count == 0)
        {
            target = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "INSERT INTO incidents (first_reported, last_reported, place, reports) VALUES (@Time, @Time, @Place, 0) RETURNING id",
                new { Time = dialect.Timestamp(report.Published), report.Place }, transaction, cancellationToken: cancellationToken));
        }
        else
        {
            target = joined[0];
            var others = joined.Skip(1).ToArray();
            if (others.Length > 0)
            {
                merged = true;
                await connection.ExecuteAsync(new CommandDefinition(
                    $"UPDATE casualty_facts SET incident_id = @Target WHERE {dialect.InList("incident_id", "@Others")}", new { Target = target, Others = others }, transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    $"DELETE FROM incidents WHERE {dialect.InList("id", "@Others")}", new { Others = others }, transaction, cancellationToken: cancellationToken));
            }
        }

        await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE casualty_facts SET incident_id = @Target WHERE {dialect.InList("id", "@Facts")}", new { Target = target, Facts = reportFactIds.ToArray() }, transaction, cancellationToken: cancellationToken));
        if (merged)
        {
            await RecountAsync(target, cancellationToken);
        }
        else
        {
            await FoldInAsync(target, articleId, reportFactIds, cancellationToken);
        }
    }

    // The figures and times of the incidents, by id.
    private async Task<IEnumerable<(long Id, IncidentSummary Summary)>> SummariesAsync(IReadOnlyCollection<long> incidents, CancellationToken cancellationToken)
    {
        if (incidents.Count == 0)
        {
            return [];
        }

        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(
            $"""
            SELECT id AS Id, first_reported AS FirstReported, last_reported AS LastReported,
                   killed_low AS KilledLow, killed_high AS KilledHigh, wounded_low AS WoundedLow, wounded_high AS WoundedHigh
            FROM incidents WHERE {dialect.InList("id", "@Ids")} ORDER BY id
            """,
            new { Ids = incidents.ToArray() }, transaction, cancellationToken: cancellationToken));
        return rows.Select(r => (r.Id, new IncidentSummary(
            dialect.ReadTimestamp(r.FirstReported), dialect.ReadTimestamp(r.LastReported), r.KilledLow, r.KilledHigh, r.WoundedLow, r.WoundedHigh)));
    }

    // The stored reports that could link to this one: same place (or no place and the same
    // affiliation), or from an article of the same story, published within the window; one row per
    // article and place.
    private async Task<IEnumerable<(long? Incident, EventReport Report, bool SameStory)>> NearbyReportsAsync(EventReport report, long? story, CancellationToken cancellationToken)
    {
        // Two indexed lookups: the reports of the place (or affiliation) by time, and the reports of
        // the story's articles; then one row per article with its figures.
        var rows = await connection.QueryAsync<ReportRow>(new CommandDefinition(
            $"""
            SELECT f.article_id AS ArticleId, MIN(f.incident_id) AS Incident, a.published_at AS PublishedAt, MAX(f.affiliation) AS Affiliation,
                   MAX(CASE WHEN f.kind = 'killed' THEN COALESCE(f.min_count, f.max_count) END) AS Killed,
                   MAX(CASE WHEN f.kind = 'wounded' THEN COALESCE(f.min_count, f.max_count) END) AS Wounded,
                   MAX(CASE WHEN a.story_id = @Story THEN 1 ELSE 0 END) AS SameStory
            FROM (
                SELECT p.id FROM casualty_facts p
                WHERE p.is_report = 1 AND {(report.Place is null ? "p.place IS NULL AND p.affiliation = @Affiliation" : "p.place = @Place")}
                  AND p.published_at >= @Since AND p.published_at <= @Until
                UNION
                SELECT s.id FROM articles sa JOIN casualty_facts s ON s.article_id = sa.id
                WHERE sa.story_id = @Story AND s.is_report = 1 AND s.published_at >= @Since AND s.published_at <= @Until
            ) AS nearby
            JOIN casualty_facts f ON f.id = nearby.id
            JOIN articles a ON a.id = f.article_id
            WHERE f.incident_id IS NOT NULL
            GROUP BY f.article_id, a.published_at
            """,
            new
            {
                report.Place,
                report.Affiliation,
                Story = story ?? -1,
                Since = dialect.Timestamp(report.Published - IncidentRule.Window),
                Until = dialect.Timestamp(report.Published + IncidentRule.Window),
            },
            transaction, cancellationToken: cancellationToken));
        return rows.Select(r => (r.Incident, new EventReport(report.Place, r.Affiliation, r.Killed, r.Wounded, dialect.ReadTimestamp(r.PublishedAt), []), r.SameStory == 1));
    }

    // Lowest and highest figure any report gives, first and last report, and how many articles report it.
    private Task RecountAsync(long incident, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE incidents SET
                first_reported = n.first_reported, last_reported = n.last_reported, affiliation = n.affiliation,
                killed_low = n.killed_low, killed_high = n.killed_high, wounded_low = n.wounded_low, wounded_high = n.wounded_high,
                reports = n.reports
            FROM (SELECT {IncidentAudit.FiguresOfFacts} FROM casualty_facts f WHERE f.incident_id = @Id) AS n
            WHERE incidents.id = @Id
            """,
            new { Id = incident }, transaction, cancellationToken: cancellationToken));

    // The incident takes in one new report's facts: earliest and latest time, lowest and highest
    // figures, and one more reporting article unless this article already reported it. The same
    // values a recount gives (a test compares them), read from the new facts only.
    // "incident_id + 0" keeps SQLite off the (incident_id, id) index for the check: it walked every
    // fact of the incident (60,000 for the largest at 90,000 articles, two thirds of the writer's
    // time) where the article's own few facts answer it.
    private Task FoldInAsync(long incident, long articleId, IReadOnlyList<long> factIds, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE incidents SET
                first_reported = CASE WHEN n.first_reported < incidents.first_reported OR incidents.reports = 0 THEN n.first_reported ELSE incidents.first_reported END,
                last_reported = CASE WHEN n.last_reported > incidents.last_reported OR incidents.reports = 0 THEN n.last_reported ELSE incidents.last_reported END,
                affiliation = CASE WHEN incidents.affiliation IS NULL OR n.affiliation > incidents.affiliation THEN n.affiliation ELSE incidents.affiliation END,
                killed_low = CASE WHEN incidents.killed_low IS NULL OR n.killed_low < incidents.killed_low THEN n.killed_low ELSE incidents.killed_low END,
                killed_high = CASE WHEN incidents.killed_high IS NULL OR n.killed_high > incidents.killed_high THEN n.killed_high ELSE incidents.killed_high END,
                wounded_low = CASE WHEN incidents.wounded_low IS NULL OR n.wounded_low < incidents.wounded_low THEN n.wounded_low ELSE incidents.wounded_low END,
                wounded_high = CASE WHEN incidents.wounded_high IS NULL OR n.wounded_high > incidents.wounded_high THEN n.wounded_high ELSE incidents.wounded_high END,
                reports = incidents.reports + CASE WHEN EXISTS (
                    SELECT 1 FROM casualty_facts o WHERE o.article_id = @Article AND o.incident_id + 0 = @Id AND NOT {dialect.InList("o.id", "@Facts")}) THEN 0 ELSE 1 END
            FROM (SELECT {IncidentAudit.FiguresOfFacts} FROM casualty_facts f WHERE {dialect.InList("f.id", "@Facts")}
            ) AS n
            WHERE incidents.id = @Id
            """,
            new { Id = incident, Article = articleId, Facts = factIds.ToArray() }, transaction, cancellationToken: cancellationToken));

    private sealed class ReportRow
    {
        public long ArticleId { get; init; }
        public long? Incident { get; init; }
        public object PublishedAt { get; init; } = "";
        public string? Affiliation { get; init; }
        public long? Killed { get; init; }
        public long? Wounded { get; init; }
        public long SameStory { get; init; }
    }

    private sealed class SummaryRow
    {
        public long Id { get; init; }
        public object FirstReported { get; init; } = "";
        public object LastReported { get; init; } = "";
        public long? KilledLow { get; init; }
        public long? KilledHigh { get; init; }
        public long? WoundedLow { get; init; }
        public long? WoundedHigh { get; init; }
    }
}
