namespace Dashboard.Data.Queries;

/// <summary>How many articles one outlet published in the filtered range.</summary>
public sealed record SourceTotal(string Source, long Articles);
