using System.Text.RegularExpressions;
using Dashboard.Core.Text;

namespace Dashboard.Core.Ingest;

/// <summary>
/// The dateline and the wire agency an article credits at the start of its body, as in
/// "واشنطن ـ (أ ف ب) –" (Washington, AFP) or "القاهرة - رويترز:".
/// </summary>
public static partial class Credits
{
    private static readonly (string Agency, string[] Spellings)[] Agencies =
    [
        ("AFP", ["أ ف ب", "ا ف ب", "أ.ف.ب", "فرانس برس", "وكالة الصحافة الفرنسية"]),
        ("Reuters", ["رويترز", "وكالة رويترز"]),
        ("Anadolu", ["الأناضول", "وكالة الأناضول"]),
        ("dpa", ["د ب أ", "د.ب.أ", "وكالة الأنباء الألمانية"]),
        ("AP", ["أ ب", "أ.ب", "أسوشيتد برس"]),
        ("SPA", ["واس", "وكالة الأنباء السعودية"]),
        ("UPI", ["يو بي آي"]),
        ("KUNA", ["كونا"]),
        ("QNA", ["قنا"]),
        ("WAM", ["وام"]),
        ("MENA", ["أ ش أ"]),
        ("SANA", ["سانا"]),
    ];

    private static readonly Dictionary<string, string> BySpelling = Agencies
        .SelectMany(a => a.Spellings.Select(s => (Key: Key(s), a.Agency)))
        .DistinctBy(p => p.Key)
        .ToDictionary(p => p.Key, p => p.Agency);

    /// <summary>The dateline city and the agency of a body's first paragraph; either is null when absent.</summary>
    public static (string? Dateline, string? Agency) Of(string firstParagraph)
    {
        ArgumentNullException.ThrowIfNull(firstParagraph);
        var head = firstParagraph.Length > 120 ? firstParagraph[..120] : firstParagraph;
        var match = Dateline().Match(head);
        if (!match.Success)
        {
            return (null, null);
        }

        var place = match.Groups["place"].Value.Trim();
        var agency = match.Groups["agency"].Success ? BySpelling.GetValueOrDefault(Key(match.Groups["agency"].Value)) : null;
        if (agency is null && BySpelling.TryGetValue(Key(place), out var onlyAgency))
        {
            return (null, onlyAgency); // "رويترز -": an agency with no dateline
        }

        // Without an agency only a short place name before the dash is a dateline, not the start of a sentence.
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return (agency is not null || words <= 2 ? place : null, agency);
    }

    private static string Key(string spelling) => ArabicNormalizer.Normalize(spelling.Replace(".", " ", StringComparison.Ordinal));

    // A few words, a dash of any kind, then optionally an agency in parentheses or before a colon or dash.
    [GeneratedRegex(@"^\s*(?<place>[\p{L}\s]{2,40}?)\s*[ـ\-–—:]+\s*(?:\(\s*(?<agency>[^)]{1,40})\s*\)|(?<agency>[\p{L}\s\.]{2,30}?)\s*[:\-–—])?")]
    private static partial Regex Dateline();
}
