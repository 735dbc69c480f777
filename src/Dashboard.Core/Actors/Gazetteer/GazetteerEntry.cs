using Dashboard.Core.Extraction;

namespace Dashboard.Core.Actors.Gazetteer;

/// <summary>One known actor: its kind, its canonical name, and every spelling that names it.</summary>
/// <param name="Kind">Person, organisation or place.</param>
/// <param name="Canonical">The name all spellings merge into.</param>
/// <param name="Spellings">The spellings as written in the data file.</param>
/// <param name="Descriptive">A description rather than a name ("الحكومة العراقية", "وزارة الداخلية"): it names the
/// actor when the tagger finds the phrase, but is not proposed as a mention on its own.</param>
public sealed record GazetteerEntry(ActorKind Kind, string Canonical, IReadOnlyList<string> Spellings, bool Descriptive = false)
{
    private static readonly string[] DescriptiveHeads = ["وزارة", "الحكومة", "الجيش", "القوات", "الرئاسة", "البرلمان", "السفارة"];

    /// <summary>Whether a spelling begins with a common noun of state bodies, which makes it a description.</summary>
    public static bool IsDescription(string spelling) => DescriptiveHeads.Any(h => spelling.StartsWith(h + " ", StringComparison.Ordinal));
}
