namespace Dashboard.Data.Queries;

/// <summary>Another outlet's copy of the same story.</summary>
public sealed record StoryCopy(long Id, string Title, string Source, DateTimeOffset Published);
