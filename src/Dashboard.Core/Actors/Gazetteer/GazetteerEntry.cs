using Dashboard.Core.Extraction;

namespace Dashboard.Core.Actors.Gazetteer;

/// <summary>One known actor: its kind, its canonical name, and every spelling that names it.</summary>
/// <param name="Kind">Person, organisation or place.</param>
/// <param name="Canonical">The name all spellings merge into.</param>
/// <param name="Spellings">The spellings as written in the data file.</param>
public sealed record GazetteerEntry(ActorKind Kind, string Canonical, IReadOnlyList<string> Spellings);
