namespace Dashboard.Core.Incidents;

/// <summary>
/// What an incident's reports say together: when the first and the last was published, and the lowest
/// and highest killed and wounded figure any of them gives. Enough to tell whether a report or another
/// incident still fits (<see cref="IncidentRule.Coherent"/>) without reading the reports again.
/// </summary>
/// <param name="First">The first report's publication time.</param>
/// <param name="Last">The last report's publication time.</param>
/// <param name="KilledLow">The lowest killed figure, or null when no report gives one.</param>
/// <param name="KilledHigh">The highest killed figure, or null.</param>
/// <param name="WoundedLow">The lowest wounded figure, or null.</param>
/// <param name="WoundedHigh">The highest wounded figure, or null.</param>
public sealed record IncidentSummary(DateTimeOffset First, DateTimeOffset Last, long? KilledLow, long? KilledHigh, long? WoundedLow, long? WoundedHigh)
{
    /// <summary>The summary of an incident of this one report.</summary>
    public static IncidentSummary Of(EventReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Published, report.Published, report.Killed, report.Killed, report.Wounded, report.Wounded);
    }

    /// <summary>The summary of both incidents' reports together.</summary>
    public IncidentSummary With(IncidentSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            First < other.First ? First : other.First,
            Last > other.Last ? Last : other.Last,
            Lower(KilledLow, other.KilledLow),
            Higher(KilledHigh, other.KilledHigh),
            Lower(WoundedLow, other.WoundedLow),
            Higher(WoundedHigh, other.WoundedHigh));
    }

    private static long? Lower(long? first, long? second) => first is null ? second : second is null ? first : Math.Min(first.Value, second.Value);

    private static long? Higher(long? first, long? second) => first is null ? second : second is null ? first : Math.Max(first.Value, second.Value);
}
