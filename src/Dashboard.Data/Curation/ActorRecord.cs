namespace Dashboard.Data.Curation;

/// <summary>A stored actor as editors see it: its name, kind, whether it is ignored, its aliases and how often it is mentioned.</summary>
public sealed record ActorRecord(long Id, string Kind, string Canonical, bool Ignored, IReadOnlyList<string> Aliases, long Articles, long Mentions);
