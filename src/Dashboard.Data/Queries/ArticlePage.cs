namespace Dashboard.Data.Queries;

/// <summary>One page of an article list and how many articles match in all.</summary>
public sealed record ArticlePage(long Total, IReadOnlyList<ArticleSummary> Items);
