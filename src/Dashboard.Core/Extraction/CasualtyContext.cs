using Dashboard.Core.Text;

namespace Dashboard.Core.Extraction;

/// <summary>
/// Links casualty facts to the actors around them: the organisation the victims belonged to
/// ("مقاتلا من تنظيم الدولة الإسلامية"، "في صفوف الحوثيين") and the place the sentence names.
/// </summary>
internal static class CasualtyContext
{
    private const int AffiliationReach = 30;
    private static readonly string[] AffiliationLinks = [.. new[] { "من", "صفوف", "عناصر", "مسلحي", "مقاتلي", "أفراد", "جنود", "قوات" }.Select(ArabicNormalizer.Normalize)];
    private static readonly char[] SentenceEnds = ['.', '!', '؟', '?', '\n'];

    public static IReadOnlyList<CasualtyFact> Link(string text, IReadOnlyList<CasualtyFact> facts, IReadOnlyList<ActorMention> actors)
    {
        if (facts.Count == 0 || actors.Count == 0)
        {
            return facts;
        }

        return [.. facts.Select(fact => fact with { Affiliation = Affiliation(text, fact, actors), Place = Place(text, fact, actors) })];
    }

    private static string? Affiliation(string text, CasualtyFact fact, IReadOnlyList<ActorMention> actors)
    {
        foreach (var actor in actors.Where(a => a.Kind == ActorKind.Organization && a.Start >= fact.Start && a.Start <= fact.End + AffiliationReach))
        {
            var between = actor.Start > fact.Start ? text[fact.Start..actor.Start] : "";
            var words = ArabicTokenizer.Tokenize(between).Select(t => t.Normal).TakeLast(3).ToList();
            if (words.Any(w => AffiliationLinks.Contains(w) || AffiliationLinks.Any(l => w.EndsWith(l, StringComparison.Ordinal))) && !between.AsSpan(Math.Min(between.Length, fact.End - fact.Start)).ContainsAny(SentenceEnds))
            {
                return actor.Canonical;
            }
        }

        return null;
    }

    private static string? Place(string text, CasualtyFact fact, IReadOnlyList<ActorMention> actors)
    {
        var sentenceStart = text.LastIndexOfAny(SentenceEnds, Math.Max(0, fact.Start - 1)) + 1;
        var sentenceEnd = text.IndexOfAny(SentenceEnds, fact.End) is var end and >= 0 ? end : text.Length;
        return actors
            .Where(a => a.Kind == ActorKind.Place && a.Start >= sentenceStart && a.End <= sentenceEnd)
            .OrderBy(a => a.Start >= fact.End ? a.Start - fact.End : (fact.Start - a.End) + 1000)
            .Select(a => a.Canonical)
            .FirstOrDefault();
    }
}
