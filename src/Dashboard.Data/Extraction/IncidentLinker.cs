using System.Data.Common;
using Dapper;
using Dashboard.Core.Incidents;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Extraction;

/// <summary>
/// Puts a new report into its incident inside the write transaction: every stored report it links
/// to (<see cref="IncidentRule"/>) is of the same incident, and incidents it links together are
/// merged, so incidents are the connected reports whatever order articles arrive in. The
/// incident's figures are then recounted from its reports.
/// </summary>
internal sealed class IncidentLinker(DbConnection connection, DbTransaction transaction, ISqlDialect dialect)
{
    public async Task LinkAsync(EventReport report, IReadOnlyList<long> reportFactIds, long? story, CancellationToken cancellationToken)
    {
        var linked = new SortedSet<long>();
        foreach (var stored in await NearbyReportsAsync(report, story, cancellationToken))
        {
            if (stored.Incident is { } incident && IncidentRule.Links(report, stored.Report, stored.SameStory))
            {
                linked.Add(incident);
            }
        }

        long target;
        if (linked.Count == 0)
        {
            target = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "INSERT INTO incidents (first_reported, last_reported, place, affiliation, reports) VALUES (@Time, @Time, @Place, @Affiliation, 0) RETURNING id",
                new { Time = dialect.Timestamp(report.Published), report.Place, report.Affiliation }, transaction, cancellationToken: cancellationToken));
        }
        else
        {
            target = linked.Min;
            var others = linked.Where(id => id != target).ToArray();
            if (others.Length > 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    $"UPDATE casualty_facts SET incident_id = @Target WHERE {dialect.InList("incident_id", "@Others")}", new { Target = target, Others = others }, transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    $"DELETE FROM incidents WHERE {dialect.InList("id", "@Others")}", new { Others = others }, transaction, cancellationToken: cancellationToken));
            }
        }

        await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE casualty_facts SET incident_id = @Target WHERE {dialect.InList("id", "@Facts")}", new { Target = target, Facts = reportFactIds.ToArray() }, transaction, cancellationToken: cancellationToken));
        await RecountAsync(target, cancellationToken);
    }

    // The stored reports that could link to this one: same place (or no place and the same
    // affiliation), or from an article of the same story, published within the window; one row per
    // article and place.
    private async Task<IEnumerable<(long? Incident, EventReport Report, bool SameStory)>> NearbyReportsAsync(EventReport report, long? story, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<ReportRow>(new CommandDefinition(
            $"""
            SELECT f.article_id AS ArticleId, MIN(f.incident_id) AS Incident, a.published_at AS PublishedAt, MAX(f.affiliation) AS Affiliation,
                   MAX(CASE WHEN f.kind = 'killed' THEN COALESCE(f.min_count, f.max_count) END) AS Killed,
                   MAX(CASE WHEN f.kind = 'wounded' THEN COALESCE(f.min_count, f.max_count) END) AS Wounded,
                   MAX(CASE WHEN a.story_id = @Story THEN 1 ELSE 0 END) AS SameStory
            FROM casualty_facts f JOIN articles a ON a.id = f.article_id
            WHERE f.is_report = 1 AND f.incident_id IS NOT NULL
              AND ({(report.Place is null ? "(f.place IS NULL AND f.affiliation = @Affiliation)" : "f.place = @Place")} OR a.story_id = @Story)
              AND a.published_at >= @Since AND a.published_at <= @Until
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
            """
            UPDATE incidents SET
                first_reported = (SELECT MIN(a.published_at) FROM casualty_facts f JOIN articles a ON a.id = f.article_id WHERE f.incident_id = @Id),
                last_reported = (SELECT MAX(a.published_at) FROM casualty_facts f JOIN articles a ON a.id = f.article_id WHERE f.incident_id = @Id),
                affiliation = (SELECT MAX(f.affiliation) FROM casualty_facts f WHERE f.incident_id = @Id),
                killed_low = (SELECT MIN(COALESCE(f.min_count, f.max_count)) FROM casualty_facts f WHERE f.incident_id = @Id AND f.is_report = 1 AND f.kind = 'killed'),
                killed_high = (SELECT MAX(COALESCE(f.min_count, f.max_count)) FROM casualty_facts f WHERE f.incident_id = @Id AND f.is_report = 1 AND f.kind = 'killed'),
                wounded_low = (SELECT MIN(COALESCE(f.min_count, f.max_count)) FROM casualty_facts f WHERE f.incident_id = @Id AND f.is_report = 1 AND f.kind = 'wounded'),
                wounded_high = (SELECT MAX(COALESCE(f.min_count, f.max_count)) FROM casualty_facts f WHERE f.incident_id = @Id AND f.is_report = 1 AND f.kind = 'wounded'),
                reports = (SELECT COUNT(DISTINCT f.article_id) FROM casualty_facts f WHERE f.incident_id = @Id)
            WHERE id = @Id
            """,
            new { Id = incident }, transaction, cancellationToken: cancellationToken));

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
}
