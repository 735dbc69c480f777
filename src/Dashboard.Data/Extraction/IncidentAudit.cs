using Dapper;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Extraction;

/// <summary>
/// Checks the stored figures of every incident against a recount from its facts. Ingest folds each
/// report into its incident instead of recounting it, so this is the proof that the two agree.
/// </summary>
public sealed class IncidentAudit(ISqlDialect dialect)
{
    /// <summary>
    /// An incident's figures from a set of its facts <c>f</c>: first and last report, the highest
    /// affiliation, lowest and highest killed and wounded of the facts that are reports, and how many
    /// articles report it. Recounts, folding in and this audit all read them this way.
    /// </summary>
    internal const string FiguresOfFacts = """
        MIN(f.published_at) AS first_reported, MAX(f.published_at) AS last_reported, MAX(f.affiliation) AS affiliation,
        MIN(CASE WHEN f.is_report = 1 AND f.kind = 'killed' THEN COALESCE(f.min_count, f.max_count) END) AS killed_low,
        MAX(CASE WHEN f.is_report = 1 AND f.kind = 'killed' THEN COALESCE(f.min_count, f.max_count) END) AS killed_high,
        MIN(CASE WHEN f.is_report = 1 AND f.kind = 'wounded' THEN COALESCE(f.min_count, f.max_count) END) AS wounded_low,
        MAX(CASE WHEN f.is_report = 1 AND f.kind = 'wounded' THEN COALESCE(f.min_count, f.max_count) END) AS wounded_high,
        COUNT(DISTINCT f.article_id) AS reports
        """;

    /// <summary>How many incidents differ from a recount of their facts, in any figure; zero when all are exact.</summary>
    public async Task<long> MismatchesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"""
            SELECT COUNT(*) FROM (
                SELECT id, first_reported, last_reported, affiliation, killed_low, killed_high, wounded_low, wounded_high, reports FROM incidents
                EXCEPT
                SELECT f.incident_id, {FiguresOfFacts}
                FROM casualty_facts f JOIN articles a ON a.id = f.article_id AND a.published_at = f.published_at
                WHERE f.incident_id IS NOT NULL
                GROUP BY f.incident_id
            ) AS differing
            """, cancellationToken: cancellationToken));
    }
}
