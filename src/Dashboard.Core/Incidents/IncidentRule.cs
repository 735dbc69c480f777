namespace Dashboard.Core.Incidents;

/// <summary>
/// When two reports are one event: the same kind of harm at the same place (or, with no place, of
/// the same organisation's members), published within a few days of each other, with figures that
/// agree the way reports of one event do: tolls rise as bodies are counted, but not tenfold.
/// </summary>
public static class IncidentRule
{
    /// <summary>How far apart two reports of one event may be published.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(3);

    /// <summary>Whether the report belongs to the incident.</summary>
    public static bool Matches(Incident incident, EventReport report)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(report);
        if (report.Published < incident.FirstReported - Window || report.Published > incident.LastReported + Window)
        {
            return false;
        }

        var samePlace = incident.Place is not null ? incident.Place == report.Place
            : report.Place is null && incident.Affiliation is not null && incident.Affiliation == report.Affiliation;
        if (!samePlace)
        {
            return false;
        }

        var killed = Agree(incident.KilledLow, incident.KilledHigh, report.Killed);
        var wounded = Agree(incident.WoundedLow, incident.WoundedHigh, report.Wounded);
        return killed is not false && wounded is not false && (killed is true || wounded is true);
    }

    // Null when either side gives no figure; else whether the figure is within a factor of three
    // (plus a few, for small tolls) of what was reported before.
    private static bool? Agree(long? low, long? high, long? figure)
    {
        if (low is null || high is null || figure is null)
        {
            return null;
        }

        return figure.Value <= (3 * high.Value) + 5 && (3 * figure.Value) + 5 >= low.Value;
    }
}
