using Dapper;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Queries;

/// <summary>Casualties over time from incidents, so a figure repeated by many articles is counted once.</summary>
public sealed class CasualtyQueries(ISqlDialect dialect, QueryCache? cache = null)
{
    private readonly QueryCache _cache = cache ?? QueryCache.None;

    /// <summary>Per period of the incidents' first report: incidents, reports and the summed figure ranges.</summary>
    public Task<IReadOnlyList<CasualtyPoint>> PerPeriodAsync(ArticleFilter filter, Granularity granularity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return _cache.GetAsync($"casualties|{granularity}|{filter.Key}", token => QueryPerPeriodAsync(filter, granularity, token), r => r.Count, cancellationToken);
    }

    private async Task<IReadOnlyList<CasualtyPoint>> QueryPerPeriodAsync(ArticleFilter filter, Granularity granularity, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters();
        var conditions = new List<string>();
        var dates = FilterSql.Where(filter with { Sources = null, Actors = null }, dialect, parameters, "i.first_reported");
        if (dates.Length > 0)
        {
            conditions.Add(dates["WHERE ".Length..]);
        }

        if (filter.Sources is { Count: > 0 } || filter.Actors is { Count: > 0 })
        {
            // An incident counts for an outlet or actor when one of its reports comes from a matching article.
            var reporting = FilterSql.Where(filter with { From = null, To = null }, dialect, parameters, null);
            conditions.Add($"EXISTS (SELECT 1 FROM casualty_facts f JOIN articles a ON a.id = f.article_id JOIN sources s ON s.id = a.source_id {reporting} AND f.incident_id = i.id)");
        }

        var period = dialect.PeriodStart(granularity, "i.first_reported");
        var perIncident = $"""
            SELECT {period} AS Period, COUNT(*) AS Incidents, SUM(i.reports) AS Reports,
                   SUM(COALESCE(i.killed_low, 0)) AS KilledMin, SUM(COALESCE(i.killed_high, 0)) AS KilledMax,
                   SUM(COALESCE(i.wounded_low, 0)) AS WoundedMin, SUM(COALESCE(i.wounded_high, 0)) AS WoundedMax
            FROM incidents i
            """;
        var sql = granularity == Granularity.Month && filter.Sources is not { Count: > 0 } && filter.Actors is not { Count: > 0 } && WholeMonths.Of(filter) is { } months
            ? WithWholeMonths(perIncident, period, conditions, months, parameters)
            : $"{perIncident} {(conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions))} GROUP BY {period} ORDER BY Period";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new CasualtyPoint(r.Period, r.Incidents, r.Reports, r.KilledMin, r.KilledMax, r.WoundedMin, r.WoundedMax))];
    }

    // By month over whole months, the monthly roll-up answers (migration 0016); the incidents themselves only
    // for the partial months at the range's ends.
    private string WithWholeMonths(string perIncident, string period, List<string> dates, WholeMonths months, DynamicParameters parameters)
    {
        var (monthConditions, edges) = months.Conditions(dialect, parameters, "month", "i.first_reported");

        var wholeMonths = $"""
            SELECT {dialect.PeriodStart(Granularity.Month, "month")} AS Period, incidents AS Incidents, reports AS Reports,
                   killed_min AS KilledMin, killed_max AS KilledMax, wounded_min AS WoundedMin, wounded_max AS WoundedMax
            FROM monthly_incidents {(monthConditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", monthConditions))}
            """;
        var union = edges.Count == 0
            ? wholeMonths
            : $"{perIncident} WHERE {string.Join(" AND ", [.. dates, "(" + string.Join(" OR ", edges) + ")"])} GROUP BY {period} UNION ALL {wholeMonths}";
        return $"""
            SELECT Period, SUM(Incidents) AS Incidents, SUM(Reports) AS Reports, SUM(KilledMin) AS KilledMin, SUM(KilledMax) AS KilledMax,
                   SUM(WoundedMin) AS WoundedMin, SUM(WoundedMax) AS WoundedMax
            FROM ({union}) AS p
            GROUP BY Period
            ORDER BY Period
            """;
    }

    /// <summary>The incidents first reported in the range, the largest first.</summary>
    public Task<IReadOnlyList<IncidentSummary>> LargestAsync(ArticleFilter filter, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return _cache.GetAsync($"incidents|{limit}|{filter.Key}", token => QueryLargestAsync(filter, limit, token), r => r.Count, cancellationToken);
    }

    private async Task<IReadOnlyList<IncidentSummary>> QueryLargestAsync(ArticleFilter filter, int limit, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters();
        var where = FilterSql.Where(filter with { Sources = null, Actors = null }, dialect, parameters, "i.first_reported");
        parameters.Add("Limit", limit);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<IncidentRow>(new CommandDefinition(
            $"""
            SELECT t.Id, t.FirstReported, t.Place, t.Affiliation, t.KilledLow, t.KilledHigh, t.WoundedLow, t.WoundedHigh, t.Reports,
                   (SELECT f.text FROM casualty_facts f WHERE f.incident_id = t.Id AND f.is_report = 1 ORDER BY f.id LIMIT 1) AS Evidence
            FROM (
                SELECT i.id AS Id, i.first_reported AS FirstReported, i.place AS Place, i.affiliation AS Affiliation,
                       i.killed_low AS KilledLow, i.killed_high AS KilledHigh, i.wounded_low AS WoundedLow, i.wounded_high AS WoundedHigh, i.reports AS Reports,
                       COALESCE(i.killed_high, 0) + COALESCE(i.wounded_high, 0) AS Size
                FROM incidents i
                {where}
                ORDER BY Size DESC, i.first_reported DESC
                LIMIT @Limit
            ) AS t
            -- The evidence is looked up for the chosen rows only, each one seek of ix_casualty_facts_incident_first
            -- (migration 0015); the slow PostgreSQL plan at 100,000 articles was that lookup walking the facts' key.
            ORDER BY t.Size DESC, t.FirstReported DESC
            """,
            parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new IncidentSummary(r.Id, dialect.ReadTimestamp(r.FirstReported), r.Place, r.Affiliation, r.KilledLow, r.KilledHigh, r.WoundedLow, r.WoundedHigh, r.Reports, r.Evidence))];
    }

    private sealed class IncidentRow
    {
        public long Id { get; init; }
        public object FirstReported { get; init; } = "";
        public string? Place { get; init; }
        public string? Affiliation { get; init; }
        public long? KilledLow { get; init; }
        public long? KilledHigh { get; init; }
        public long? WoundedLow { get; init; }
        public long? WoundedHigh { get; init; }
        public long Reports { get; init; }
        public string? Evidence { get; init; }
    }

    private sealed class Row
    {
        public string Period { get; init; } = "";
        public long Incidents { get; init; }
        public long Reports { get; init; }
        public long KilledMin { get; init; }
        public long KilledMax { get; init; }
        public long WoundedMin { get; init; }
        public long WoundedMax { get; init; }
    }
}
