namespace Dashboard.Data.Queries;

/// <summary>One incident for a table: when, where, the range of figures reported, how many reports, and one evidence phrase.</summary>
public sealed record IncidentSummary(long Id, DateTimeOffset FirstReported, string? Place, string? Affiliation, long? KilledLow, long? KilledHigh, long? WoundedLow, long? WoundedHigh, long Reports, string? Evidence);
