namespace Dashboard.Data.Queries;

/// <summary>Where an article names an actor.</summary>
/// <param name="Field">"title" or "body": the text the offsets point into.</param>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="End">UTF-16 offset after the last character.</param>
/// <param name="ActorId">The actor the mention resolved to.</param>
/// <param name="Canonical">The actor's canonical name.</param>
/// <param name="Kind">person, organization or place.</param>
public sealed record DetailMention(string Field, int Start, int End, long ActorId, string Canonical, string Kind);
