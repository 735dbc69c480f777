namespace Dashboard.Core.Extraction;

/// <summary>One mention of an actor: the exact span of the text and the canonical actor it names.</summary>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="End">UTF-16 offset after the last character.</param>
/// <param name="Text">The mention as written, equal to the text between the offsets.</param>
/// <param name="Kind">Person, organisation or place.</param>
/// <param name="Canonical">The canonical name shared by every spelling of the actor.</param>
public sealed record ActorMention(int Start, int End, string Text, ActorKind Kind, string Canonical);
