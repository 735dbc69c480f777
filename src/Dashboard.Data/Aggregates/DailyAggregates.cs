using System.Data.Common;
using Dapper;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Aggregates;

/// <summary>
/// Keeps the per-day tables (<c>daily_source_articles</c>, <c>daily_actor_mentions</c> by outlet,
/// <c>daily_actor_totals</c> over all outlets) exact; their monthly roll-ups and <c>monthly_incidents</c>
/// follow by trigger (migration 0016), and <see cref="MismatchesAsync"/> checks those too. Every
/// change runs inside the caller's transaction, next to the raw rows it mirrors, so a crash leaves
/// both or neither; <see cref="MismatchesAsync"/> recounts from the raw tables to prove it.
/// </summary>
public sealed class DailyAggregates(ISqlDialect dialect)
{
    // Once per write transaction, over all the articles it stored: two grouped upserts instead of
    // three statements per article.

    /// <summary>Counts newly stored articles for their day and outlet.</summary>
    internal static Task AddArticlesAsync(DbConnection connection, DbTransaction transaction, ISqlDialect dialect, long[] articleIds, CancellationToken cancellationToken) =>
        articleIds.Length == 0 ? Task.CompletedTask : connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO daily_source_articles (day, source_id, articles)
            SELECT {dialect.DayStart("published_at")}, source_id, COUNT(*) FROM articles WHERE {dialect.InList("id", "@Ids")}
            GROUP BY {dialect.DayStart("published_at")}, source_id
            ON CONFLICT (day, source_id) DO UPDATE SET articles = daily_source_articles.articles + excluded.articles
            """,
            new { Ids = articleIds }, transaction, cancellationToken: cancellationToken));

    /// <summary>Counts the mentions just written for these articles.</summary>
    internal static Task AddMentionsAsync(DbConnection connection, DbTransaction transaction, ISqlDialect dialect, long[] articleIds, CancellationToken cancellationToken) =>
        articleIds.Length == 0 ? Task.CompletedTask : connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO daily_actor_mentions (day, source_id, actor_id, articles, mentions)
            SELECT {dialect.DayStart("a.published_at")}, a.source_id, m.actor_id, COUNT(DISTINCT m.article_id), COUNT(*)
            FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE {dialect.InList("m.article_id", "@Ids")}
            GROUP BY {dialect.DayStart("a.published_at")}, a.source_id, m.actor_id
            ON CONFLICT (day, source_id, actor_id) DO UPDATE SET
                articles = daily_actor_mentions.articles + excluded.articles,
                mentions = daily_actor_mentions.mentions + excluded.mentions;
            INSERT INTO daily_actor_totals (day, actor_id, articles, mentions)
            SELECT {dialect.DayStart("a.published_at")}, m.actor_id, COUNT(DISTINCT m.article_id), COUNT(*)
            FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE {dialect.InList("m.article_id", "@Ids")}
            GROUP BY {dialect.DayStart("a.published_at")}, m.actor_id
            ON CONFLICT (day, actor_id) DO UPDATE SET
                articles = daily_actor_totals.articles + excluded.articles,
                mentions = daily_actor_totals.mentions + excluded.mentions
            """,
            new { Ids = articleIds }, transaction, cancellationToken: cancellationToken));

    /// <summary>Takes out the mentions of these articles, before they are deleted to be extracted again.</summary>
    internal static async Task SubtractMentionsAsync(DbConnection connection, DbTransaction transaction, ISqlDialect dialect, long[] articleIds, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE daily_actor_mentions SET
                articles = daily_actor_mentions.articles - gone.articles,
                mentions = daily_actor_mentions.mentions - gone.mentions
            FROM (
                SELECT {dialect.DayStart("a.published_at")} AS day, a.source_id, m.actor_id, COUNT(DISTINCT m.article_id) AS articles, COUNT(*) AS mentions
                FROM mentions m JOIN articles a ON a.id = m.article_id
                WHERE {dialect.InList("m.article_id", "@Ids")}
                GROUP BY {dialect.DayStart("a.published_at")}, a.source_id, m.actor_id
            ) AS gone
            WHERE daily_actor_mentions.day = gone.day AND daily_actor_mentions.source_id = gone.source_id AND daily_actor_mentions.actor_id = gone.actor_id;
            UPDATE daily_actor_totals SET
                articles = daily_actor_totals.articles - gone.articles,
                mentions = daily_actor_totals.mentions - gone.mentions
            FROM (
                SELECT {dialect.DayStart("a.published_at")} AS day, m.actor_id, COUNT(DISTINCT m.article_id) AS articles, COUNT(*) AS mentions
                FROM mentions m JOIN articles a ON a.id = m.article_id
                WHERE {dialect.InList("m.article_id", "@Ids")}
                GROUP BY {dialect.DayStart("a.published_at")}, m.actor_id
            ) AS gone
            WHERE daily_actor_totals.day = gone.day AND daily_actor_totals.actor_id = gone.actor_id
            """,
            new { Ids = articleIds }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM daily_actor_mentions WHERE articles <= 0; DELETE FROM daily_actor_totals WHERE articles <= 0", transaction: transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Counts these actors again from their mentions: after a merge moved mentions between them.</summary>
    internal static async Task RecountActorsAsync(DbConnection connection, DbTransaction transaction, ISqlDialect dialect, long[] actorIds, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM daily_actor_mentions WHERE {dialect.InList("actor_id", "@Ids")}; DELETE FROM daily_actor_totals WHERE {dialect.InList("actor_id", "@Ids")}",
            new { Ids = actorIds }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO daily_actor_mentions (day, source_id, actor_id, articles, mentions)
            SELECT {dialect.DayStart("a.published_at")}, a.source_id, m.actor_id, COUNT(DISTINCT m.article_id), COUNT(*)
            FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE {dialect.InList("m.actor_id", "@Ids")}
            GROUP BY {dialect.DayStart("a.published_at")}, a.source_id, m.actor_id;
            INSERT INTO daily_actor_totals (day, actor_id, articles, mentions)
            SELECT {dialect.DayStart("a.published_at")}, m.actor_id, COUNT(DISTINCT m.article_id), COUNT(*)
            FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE {dialect.InList("m.actor_id", "@Ids")}
            GROUP BY {dialect.DayStart("a.published_at")}, m.actor_id
            """,
            new { Ids = actorIds }, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Counts these outlets again from their articles and mentions: after a merge moved articles between them.</summary>
    internal static async Task RecountSourcesAsync(DbConnection connection, DbTransaction transaction, ISqlDialect dialect, long[] sourceIds, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            DELETE FROM daily_source_articles WHERE {dialect.InList("source_id", "@Ids")};
            DELETE FROM daily_actor_mentions WHERE {dialect.InList("source_id", "@Ids")};
            INSERT INTO daily_source_articles (day, source_id, articles)
            SELECT {dialect.DayStart("published_at")}, source_id, COUNT(*) FROM articles
            WHERE {dialect.InList("source_id", "@Ids")}
            GROUP BY {dialect.DayStart("published_at")}, source_id;
            INSERT INTO daily_actor_mentions (day, source_id, actor_id, articles, mentions)
            SELECT {dialect.DayStart("a.published_at")}, a.source_id, m.actor_id, COUNT(DISTINCT m.article_id), COUNT(*)
            FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE {dialect.InList("a.source_id", "@Ids")}
            GROUP BY {dialect.DayStart("a.published_at")}, a.source_id, m.actor_id;
            DELETE FROM daily_actor_totals;
            INSERT INTO daily_actor_totals (day, actor_id, articles, mentions)
            SELECT day, actor_id, SUM(articles), SUM(mentions) FROM daily_actor_mentions GROUP BY day, actor_id;
            """,
            new { Ids = sourceIds }, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// How many aggregate rows differ from a recount of the raw tables (missing, extra or wrong);
    /// zero when the aggregates are exact.
    /// </summary>
    public async Task<long> MismatchesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var sources = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"""
            SELECT COUNT(*) FROM (
                SELECT day, source_id, articles FROM daily_source_articles
                EXCEPT
                SELECT {dialect.DayStart("published_at")}, source_id, COUNT(*) FROM articles GROUP BY {dialect.DayStart("published_at")}, source_id
            ) AS extra
            """, cancellationToken: cancellationToken));
        var missingSources = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"""
            SELECT COUNT(*) FROM (
                SELECT {dialect.DayStart("published_at")}, source_id, COUNT(*) FROM articles GROUP BY {dialect.DayStart("published_at")}, source_id
                EXCEPT
                SELECT day, source_id, articles FROM daily_source_articles
            ) AS missing
            """, cancellationToken: cancellationToken));
        var recount = $"""
            SELECT {dialect.DayStart("a.published_at")}, a.source_id, m.actor_id, COUNT(DISTINCT m.article_id), COUNT(*)
            FROM mentions m JOIN articles a ON a.id = m.article_id
            GROUP BY {dialect.DayStart("a.published_at")}, a.source_id, m.actor_id
            """;
        var actors = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM (SELECT day, source_id, actor_id, articles, mentions FROM daily_actor_mentions EXCEPT {recount}) AS extra", cancellationToken: cancellationToken));
        var missingActors = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM ({recount} EXCEPT SELECT day, source_id, actor_id, articles, mentions FROM daily_actor_mentions) AS missing", cancellationToken: cancellationToken));
        var totals = $"""
            SELECT {dialect.DayStart("a.published_at")}, m.actor_id, COUNT(DISTINCT m.article_id), COUNT(*)
            FROM mentions m JOIN articles a ON a.id = m.article_id
            GROUP BY {dialect.DayStart("a.published_at")}, m.actor_id
            """;
        var extraTotals = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM (SELECT day, actor_id, articles, mentions FROM daily_actor_totals EXCEPT {totals}) AS extra", cancellationToken: cancellationToken));
        var missingTotals = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM ({totals} EXCEPT SELECT day, actor_id, articles, mentions FROM daily_actor_totals) AS missing", cancellationToken: cancellationToken));
        return sources + missingSources + actors + missingActors + extraTotals + missingTotals + await MonthlyMismatchesAsync(connection, cancellationToken);
    }

    // The monthly roll-ups (migration 0016, kept by triggers) against a recount from the raw tables, both ways.
    private async Task<long> MonthlyMismatchesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var month = dialect.MonthStart("a.published_at");
        var checks = new (string Stored, string Recount)[]
        {
            ("SELECT month, source_id, articles FROM monthly_source_articles",
                $"SELECT {month}, a.source_id, COUNT(*) FROM articles a GROUP BY {month}, a.source_id"),
            ("SELECT month, actor_id, articles, mentions FROM monthly_actor_totals",
                $"SELECT {month}, m.actor_id, COUNT(DISTINCT m.article_id), COUNT(*) FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY {month}, m.actor_id"),
            ("SELECT month, incidents, reports, killed_min, killed_max, wounded_min, wounded_max FROM monthly_incidents",
                $"""
                SELECT {dialect.MonthStart("first_reported")}, COUNT(*), SUM(reports), SUM(COALESCE(killed_low, 0)), SUM(COALESCE(killed_high, 0)),
                       SUM(COALESCE(wounded_low, 0)), SUM(COALESCE(wounded_high, 0))
                FROM incidents GROUP BY {dialect.MonthStart("first_reported")}
                """),
        };
        var mismatches = 0L;
        foreach (var (stored, recount) in checks)
        {
            mismatches += await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                $"SELECT (SELECT COUNT(*) FROM ({stored} EXCEPT {recount}) AS extra) + (SELECT COUNT(*) FROM ({recount} EXCEPT {stored}) AS missing)",
                cancellationToken: cancellationToken));
        }

        return mismatches;
    }
}
