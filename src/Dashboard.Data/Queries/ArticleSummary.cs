namespace Dashboard.Data.Queries;

/// <summary>One row of an article list: enough to show it and open it.</summary>
public sealed record ArticleSummary(long Id, string Title, string Source, DateTimeOffset Published);
