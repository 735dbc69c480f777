namespace Dashboard.Core.Incidents;

/// <summary>
/// One event as every report of it together describes it: the lowest and highest killed and
/// wounded figures reported, as casualty recorders keep them, and how many reports there are.
/// </summary>
public sealed record Incident(
    long Id,
    DateTimeOffset FirstReported,
    DateTimeOffset LastReported,
    string? Place,
    string? Affiliation,
    long? KilledLow,
    long? KilledHigh,
    long? WoundedLow,
    long? WoundedHigh,
    int Reports)
{
    /// <summary>A new incident from its first report.</summary>
    public static Incident From(EventReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(0, report.Published, report.Published, report.Place, report.Affiliation,
            report.Killed, report.Killed, report.Wounded, report.Wounded, 1);
    }

    /// <summary>The incident with one more report.</summary>
    public Incident With(EventReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return this with
        {
            FirstReported = report.Published < FirstReported ? report.Published : FirstReported,
            LastReported = report.Published > LastReported ? report.Published : LastReported,
            Affiliation = Affiliation ?? report.Affiliation,
            KilledLow = Low(KilledLow, report.Killed),
            KilledHigh = High(KilledHigh, report.Killed),
            WoundedLow = Low(WoundedLow, report.Wounded),
            WoundedHigh = High(WoundedHigh, report.Wounded),
            Reports = Reports + 1,
        };
    }

    private static long? Low(long? current, long? reported) => current is null ? reported : reported is null ? current : Math.Min(current.Value, reported.Value);

    private static long? High(long? current, long? reported) => current is null ? reported : reported is null ? current : Math.Max(current.Value, reported.Value);
}
