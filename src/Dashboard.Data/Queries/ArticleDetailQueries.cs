using Dapper;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Queries;

/// <summary>Everything the article reader shows about one article.</summary>
public sealed class ArticleDetailQueries(ISqlDialect dialect)
{
    /// <summary>The article with its mentions, facts and story copies, or null when there is no such article.</summary>
    public async Task<ArticleDetail?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(
            """
            SELECT a.id AS Id, a.title AS Title, a.body AS Body, a.source_id AS SourceId, s.name AS Source,
                   a.published_at AS PublishedAt, a.published_offset AS PublishedOffset, a.url AS Url,
                   a.dateline AS Dateline, a.agency AS Agency, a.story_id AS StoryId
            FROM articles a JOIN sources s ON s.id = a.source_id
            WHERE a.id = @Id
            """,
            new { Id = id }, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var mentions = await connection.QueryAsync<MentionRow>(new CommandDefinition(
            """
            SELECT m.field AS Field, m.start_offset AS Start, m.end_offset AS "End", m.actor_id AS ActorId, ac.canonical AS Canonical, ac.kind AS Kind
            FROM mentions m JOIN actors ac ON ac.id = m.actor_id
            WHERE m.article_id = @Id AND ac.ignored = 0
            ORDER BY m.field DESC, m.start_offset
            """,
            new { Id = id }, cancellationToken: cancellationToken));
        var facts = await connection.QueryAsync<FactRow>(new CommandDefinition(
            """
            SELECT field AS Field, start_offset AS Start, end_offset AS "End", text AS Text, kind AS Kind, min_count AS Min, max_count AS Max,
                   victim_group AS Victims, affiliation AS Affiliation, place AS Place, incident_id AS IncidentId
            FROM casualty_facts
            WHERE article_id = @Id
            ORDER BY field DESC, start_offset
            """,
            new { Id = id }, cancellationToken: cancellationToken));
        var copies = row.StoryId is null ? [] : await connection.QueryAsync<CopyRow>(new CommandDefinition(
            """
            SELECT a.id AS Id, a.title AS Title, s.name AS Source, a.published_at AS PublishedAt, a.published_offset AS PublishedOffset
            FROM articles a JOIN sources s ON s.id = a.source_id
            WHERE a.story_id = @Story AND a.id <> @Id
            ORDER BY a.published_at, a.id
            LIMIT 50
            """,
            new { Story = row.StoryId, Id = id }, cancellationToken: cancellationToken));
        return new ArticleDetail(
            row.Id, row.Title, row.Body, row.SourceId, row.Source, Published(row.PublishedAt, row.PublishedOffset), row.Url, row.Dateline, row.Agency,
            [.. mentions.Select(m => new DetailMention(m.Field, (int)m.Start, (int)m.End, m.ActorId, m.Canonical, m.Kind))],
            [.. facts.Select(f => new DetailFact(f.Field, (int)f.Start, (int)f.End, f.Text, f.Kind, f.Min, f.Max, f.Victims, f.Affiliation, f.Place, f.IncidentId))],
            [.. copies.Select(c => new StoryCopy(c.Id, c.Title, c.Source, Published(c.PublishedAt, c.PublishedOffset)))]);
    }

    private DateTimeOffset Published(object storedAt, long offsetMinutes) =>
        dialect.ReadTimestamp(storedAt).ToOffset(TimeSpan.FromMinutes(offsetMinutes));

    private sealed class ArticleRow
    {
        public long Id { get; init; }
        public string Title { get; init; } = "";
        public string Body { get; init; } = "";
        public long SourceId { get; init; }
        public string Source { get; init; } = "";
        public object PublishedAt { get; init; } = "";
        public long PublishedOffset { get; init; }
        public string? Url { get; init; }
        public string? Dateline { get; init; }
        public string? Agency { get; init; }
        public long? StoryId { get; init; }
    }

    private sealed class MentionRow
    {
        public string Field { get; init; } = "";
        public long Start { get; init; }
        public long End { get; init; }
        public long ActorId { get; init; }
        public string Canonical { get; init; } = "";
        public string Kind { get; init; } = "";
    }

    private sealed class FactRow
    {
        public string Field { get; init; } = "";
        public long Start { get; init; }
        public long End { get; init; }
        public string Text { get; init; } = "";
        public string Kind { get; init; } = "";
        public long? Min { get; init; }
        public long? Max { get; init; }
        public string? Victims { get; init; }
        public string? Affiliation { get; init; }
        public string? Place { get; init; }
        public long? IncidentId { get; init; }
    }

    private sealed class CopyRow
    {
        public long Id { get; init; }
        public string Title { get; init; } = "";
        public string Source { get; init; } = "";
        public object PublishedAt { get; init; } = "";
        public long PublishedOffset { get; init; }
    }
}
