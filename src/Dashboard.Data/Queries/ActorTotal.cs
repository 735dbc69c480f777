namespace Dashboard.Data.Queries;

/// <summary>How often one actor is mentioned in the filtered articles.</summary>
/// <param name="Id">The actor's id, for its page.</param>
/// <param name="Canonical">The canonical name, as filters use it.</param>
/// <param name="Kind">person, organization or place.</param>
/// <param name="Articles">Filtered articles that mention it.</param>
/// <param name="Mentions">Its mentions in them.</param>
public sealed record ActorTotal(long Id, string Canonical, string Kind, long Articles, long Mentions);
