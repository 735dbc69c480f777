using System.Data.Common;
using Dapper;
using Dashboard.Core.Incidents;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Articles;

/// <summary>Attaches each event report to the incident it belongs to, or opens a new one, within the write transaction.</summary>
internal sealed class IncidentWriter(DbConnection connection, DbTransaction transaction, ISqlDialect dialect)
{
    private const int Candidates = 50;

    public async Task<long> AttachAsync(EventReport report, CancellationToken cancellationToken)
    {
        var since = dialect.Timestamp(report.Published - IncidentRule.Window);
        var until = dialect.Timestamp(report.Published + IncidentRule.Window);
        var rows = await connection.QueryAsync<IncidentRow>(new CommandDefinition(
            report.Place is not null
                ? """
                  SELECT id AS Id, first_reported AS FirstReported, last_reported AS LastReported, place AS Place, affiliation AS Affiliation,
                         killed_low AS KilledLow, killed_high AS KilledHigh, wounded_low AS WoundedLow, wounded_high AS WoundedHigh, reports AS Reports
                  FROM incidents WHERE place = @Place AND last_reported >= @Since AND first_reported <= @Until
                  ORDER BY last_reported DESC LIMIT @Candidates
                  """
                : """
                  SELECT id AS Id, first_reported AS FirstReported, last_reported AS LastReported, place AS Place, affiliation AS Affiliation,
                         killed_low AS KilledLow, killed_high AS KilledHigh, wounded_low AS WoundedLow, wounded_high AS WoundedHigh, reports AS Reports
                  FROM incidents WHERE place IS NULL AND affiliation = @Affiliation AND last_reported >= @Since AND first_reported <= @Until
                  ORDER BY last_reported DESC LIMIT @Candidates
                  """,
            new { report.Place, report.Affiliation, Since = since, Until = until, Candidates },
            transaction, cancellationToken: cancellationToken));
        var match = rows.Select(ToIncident).FirstOrDefault(incident => IncidentRule.Matches(incident, report));
        if (match is null)
        {
            return await InsertAsync(Incident.From(report), cancellationToken);
        }

        var updated = match.With(report);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE incidents SET first_reported = @FirstReported, last_reported = @LastReported, affiliation = @Affiliation,
                killed_low = @KilledLow, killed_high = @KilledHigh, wounded_low = @WoundedLow, wounded_high = @WoundedHigh, reports = @Reports
            WHERE id = @Id
            """,
            Parameters(updated), transaction, cancellationToken: cancellationToken));
        return updated.Id;
    }

    private Task<long> InsertAsync(Incident incident, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO incidents (first_reported, last_reported, place, affiliation, killed_low, killed_high, wounded_low, wounded_high, reports)
            VALUES (@FirstReported, @LastReported, @Place, @Affiliation, @KilledLow, @KilledHigh, @WoundedLow, @WoundedHigh, @Reports)
            RETURNING id
            """,
            Parameters(incident), transaction, cancellationToken: cancellationToken));

    private object Parameters(Incident incident) => new
    {
        incident.Id,
        FirstReported = dialect.Timestamp(incident.FirstReported),
        LastReported = dialect.Timestamp(incident.LastReported),
        incident.Place,
        incident.Affiliation,
        incident.KilledLow,
        incident.KilledHigh,
        incident.WoundedLow,
        incident.WoundedHigh,
        incident.Reports,
    };

    private Incident ToIncident(IncidentRow row) => new(
        row.Id, dialect.ReadTimestamp(row.FirstReported), dialect.ReadTimestamp(row.LastReported), row.Place, row.Affiliation,
        row.KilledLow, row.KilledHigh, row.WoundedLow, row.WoundedHigh, (int)row.Reports);

    private sealed class IncidentRow
    {
        public long Id { get; init; }
        public object FirstReported { get; init; } = "";
        public object LastReported { get; init; } = "";
        public string? Place { get; init; }
        public string? Affiliation { get; init; }
        public long? KilledLow { get; init; }
        public long? KilledHigh { get; init; }
        public long? WoundedLow { get; init; }
        public long? WoundedHigh { get; init; }
        public long Reports { get; init; }
    }
}
