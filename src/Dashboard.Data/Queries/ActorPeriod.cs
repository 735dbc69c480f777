namespace Dashboard.Data.Queries;

/// <summary>How many filtered articles of one period mention one actor.</summary>
public sealed record ActorPeriod(string Canonical, string Period, long Articles);
