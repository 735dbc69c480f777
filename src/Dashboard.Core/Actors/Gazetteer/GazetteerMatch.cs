namespace Dashboard.Core.Actors.Gazetteer;

/// <summary>A gazetteer spelling found in a token sequence.</summary>
/// <param name="First">Index of the first token.</param>
/// <param name="End">Index after the last token.</param>
/// <param name="Entry">The actor it names.</param>
/// <param name="Strong">Whether the spelling names the actor by itself; a lone surname needs the tagger to agree.</param>
/// <param name="CliticLength">Characters of a proclitic on the first token that are not part of the name (و، ب، ل، ال).</param>
public sealed record GazetteerMatch(int First, int End, GazetteerEntry Entry, bool Strong, int CliticLength);
