namespace Dashboard.Data.Queries;

/// <summary>How often one actor is mentioned in the filtered articles.</summary>
public sealed record ActorTotal(string Canonical, string Kind, long Articles, long Mentions);
