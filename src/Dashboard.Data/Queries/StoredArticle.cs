using Dashboard.Core.Articles;

namespace Dashboard.Data.Queries;

/// <summary>An article as stored, with its id.</summary>
public sealed record StoredArticle(long Id, Article Article);
