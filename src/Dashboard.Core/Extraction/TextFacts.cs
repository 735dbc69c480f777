namespace Dashboard.Core.Extraction;

/// <summary>Everything extracted from one text.</summary>
public sealed record TextFacts(IReadOnlyList<ActorMention> Actors, IReadOnlyList<CasualtyFact> Casualties)
{
    /// <summary>No actors and no casualties.</summary>
    public static TextFacts None { get; } = new([], []);
}
