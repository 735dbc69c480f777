using Dashboard.Core.Actors.Gazetteer;
using Dashboard.Core.Actors.Tagging;
using Dashboard.Core.Extraction;
using Dashboard.Core.Text;

namespace Dashboard.Core.Actors;

/// <summary>
/// Finds person, organisation and place mentions in a text and names the canonical actor of each:
/// the statistical tagger proposes spans, the gazetteer adds the names it knows and merges their
/// spellings, and within one text a later short form (كارتر) takes the canonical of the full name
/// it shortens (أشتون كارتر).
/// </summary>
public sealed class ActorExtractor(TaggerModel model, ActorGazetteer gazetteer)
{
    private static readonly HashSet<string> SentenceEnds = [".", "!", "؟", "?", "\n", "؛"];
    private static readonly HashSet<string> NotNames = [.. new[] { "الله", "عبد", "بن", "ابن", "أبو", "آل" }.Select(ArabicNormalizer.Normalize)];
    private static readonly HashSet<string> Months = [.. new[]
    {
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
        "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
    }.Select(ArabicNormalizer.Normalize)];

    private readonly EntityTagger _tagger = new(model);

    /// <summary>An extractor with the shipped model and gazetteer.</summary>
    public static ActorExtractor Default { get; } = new(ShippedTagger.Model, ActorGazetteer.Default);

    /// <summary>Every mention in text order; offsets point into <paramref name="text"/>.</summary>
    public IReadOnlyList<ActorMention> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ArabicTokenizer.Tokenize(text);
        var mentions = new List<ActorMention>();
        var people = new List<(string[] Normals, string Canonical)>();
        foreach (var (first, end) in Sentences(tokens))
        {
            var sentence = tokens.Skip(first).Take(end - first).ToList();
            foreach (var span in Spans([.. sentence.Select(t => t.Text)], [.. sentence.Select(t => t.Normal)]))
            {
                if (Mention(text, sentence, span, people) is { } mention)
                {
                    mentions.Add(mention);
                }
            }
        }

        return mentions;
    }

    /// <summary>The actor spans of one tokenised sentence: the tagger's, merged with the gazetteer's.</summary>
    internal IReadOnlyList<Span> Spans(IReadOnlyList<string> texts, IReadOnlyList<string> normals)
    {
        var matches = gazetteer.Find(normals);
        var tags = _tagger.Tag(TaggerInput.From(texts, normals, gazetteer)).Select(t => EntityTag.All[t]).ToList();
        return Merge(NerTraining.Spans(tags), matches, span => IsKnownSpelling(normals, span));
    }

    // Tagger spans, with the gazetteer's strong matches where the tagger found nothing overlapping;
    // a gazetteer match that covers a tagger span entirely replaces it (it knows the full name).
    private static List<Span> Merge(IReadOnlyList<(string Type, int First, int End)> tagged, IReadOnlyList<GazetteerMatch> matches, Func<Span, bool> isKnown)
    {
        var spans = tagged.Where(t => t.Type is "PERS" or "ORG" or "LOC").Select(t => new Span(t.First, t.End, KindOf(t.Type), null)).ToList();
        foreach (var match in matches)
        {
            var overlapping = spans.Where(s => s.First < match.End && match.First < s.End).ToList();
            if (overlapping.Count == 0)
            {
                if (match.Strong)
                {
                    spans.Add(new Span(match.First, match.End, match.Entry.Kind, match));
                }

                continue;
            }

            // A longer known name replaces the tagger's spans inside it, unless those are names the gazetteer
            // knows already ("مكة" inside "مكة المكرمة" stays as the tagger found it).
            if (overlapping.All(s => s.First >= match.First && s.End <= match.End) && !overlapping.Any(isKnown)
                && (match.Strong || overlapping.Any(s => s.First == match.First && s.End == match.End)))
            {
                spans.RemoveAll(overlapping.Contains);
                spans.Add(new Span(match.First, match.End, match.Entry.Kind, match));
            }
        }

        spans.Sort((a, b) => a.First.CompareTo(b.First));
        return spans;
    }

    private ActorMention? Mention(string text, List<Token> sentence, Span span, List<(string[] Normals, string Canonical)> people)
    {
        var normals = sentence.Skip(span.First).Take(span.End - span.First).Select(t => t.Normal).ToArray();
        var isPerson = (span.Match?.Entry.Kind ?? span.Kind) == ActorKind.Person;
        var titles = isPerson ? TitleCues.LeadingTitles(normals) : 0;
        var trailing = isPerson ? TitleCues.TrailingTitles(normals[titles..]) : 0;
        normals = normals[..(normals.Length - trailing)];
        span = span with { End = span.End - trailing };
        var firstToken = sentence[span.First + titles];
        var entry = span.Match?.Entry;
        var clitic = titles == 0 ? span.Match?.CliticLength ?? 0 : 0;
        if (entry is null)
        {
            (entry, clitic) = LookUp(normals[titles..]);
        }

        if (entry is null && CliticOfUnknownName(firstToken.Normal) is var stripped and > 0)
        {
            clitic = stripped;
        }

        var start = firstToken.Start + SourceOffset(firstToken.Text, clitic);
        var end = sentence[span.End - 1].End;
        if (start >= end)
        {
            return null;
        }

        if (entry is null && end - start < 12 && Months.Contains(ArabicNormalizer.Normalize(text[start..end])))
        {
            return null; // "نيسان", "آب": month names the tagger takes for names
        }

        var kind = entry?.Kind ?? span.Kind;
        var canonical = entry?.Canonical ?? Display(text[start..end]);
        if (kind == ActorKind.Person)
        {
            var nameNormals = ArabicTokenizer.Tokenize(text[start..end]).Select(t => t.Normal).ToArray();
            if (entry is null && people.FirstOrDefault(p => p.Normals.Length > nameNormals.Length && p.Normals.AsSpan()[^nameNormals.Length..].SequenceEqual(nameNormals)) is { Canonical: { } full })
            {
                canonical = full; // "كوك" after "بيتر كوك"
            }

            if (entry is null && nameNormals.All(n => GivenNames.Names.Contains(n) || TitleCues.IsTitle(n) || NotNames.Contains(n)))
            {
                // Only a first name ("خالد", "عبد الله"): the person named in full earlier ("خالد الفيصل"), or no one in particular.
                if (people.FirstOrDefault(p => p.Normals.Length > nameNormals.Length && p.Normals.AsSpan(0, nameNormals.Length).SequenceEqual(nameNormals)) is { Canonical: { } named })
                {
                    canonical = named;
                }
                else
                {
                    return null;
                }
            }

            people.Add((nameNormals, canonical));
        }

        return new ActorMention(start, end, text[start..end], kind, canonical);
    }

    private bool IsKnownSpelling(IReadOnlyList<string> normals, Span span) => LookUp([.. normals.Skip(span.First).Take(span.End - span.First)]).Entry is not null;

    // The whole name, or the name without a proclitic on its first word, as the gazetteer spells it.
    private (GazetteerEntry? Entry, int Clitic) LookUp(string[] normals)
    {
        var rest = string.Join(' ', normals.Skip(1));
        foreach (var stem in Clitics.Stems(normals[0]))
        {
            var name = rest.Length == 0 ? stem : stem + " " + rest;
            if (gazetteer.Lookup(name) is { } entry)
            {
                return (entry, normals[0].Length - stem.Length);
            }

            // "للقاهرة" has lost the article's alef: the mention keeps the whole word.
            if (normals[0].StartsWith("لل", StringComparison.Ordinal) && gazetteer.Lookup("ال" + normals[0][2..] + (rest.Length == 0 ? "" : " " + rest)) is { } withArticle)
            {
                return (withArticle, 0);
            }
        }

        return (null, 0);
    }

    // "ومحسن" is "و" + "محسن", "لخاتمي" is "ل" + "خاتمي"; but "وليد" is a name, not "و" + "ليد".
    private static int CliticOfUnknownName(string normal)
    {
        if (normal.Length < 4 || GivenNames.Names.Contains(normal))
        {
            return 0;
        }

        if (normal[0] is 'و' or 'ف' && (normal[1..].StartsWith("ال", StringComparison.Ordinal) || GivenNames.Names.Contains(normal[1..])))
        {
            return 1;
        }

        if (normal.StartsWith("وال", StringComparison.Ordinal) || normal.StartsWith("بال", StringComparison.Ordinal))
        {
            return 1;
        }

        return 0;
    }

    // A clitic length counted in normalised characters, as a length in the written token (diacritics and tatweel included).
    private static int SourceOffset(string written, int normalisedLength)
    {
        var seen = 0;
        for (var i = 0; i < written.Length; i++)
        {
            if (seen == normalisedLength)
            {
                return i;
            }

            if (ArabicNormalizer.Fold(written[i]) != '\0')
            {
                seen++;
            }
        }

        return written.Length;
    }

    private static string Display(string mention) => string.Join(' ', mention.Split((char[])[' ', '\u00A0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static ActorKind KindOf(string type) => type switch
    {
        "PERS" => ActorKind.Person,
        "ORG" => ActorKind.Organization,
        _ => ActorKind.Place,
    };

    private static IEnumerable<(int First, int End)> Sentences(IReadOnlyList<Token> tokens)
    {
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && SentenceEnds.Contains(tokens[i].Text))
            {
                if (i > first)
                {
                    yield return (first, i);
                }

                first = i + 1;
            }
        }

        if (first < tokens.Count)
        {
            yield return (first, tokens.Count);
        }
    }

    internal sealed record Span(int First, int End, ActorKind Kind, GazetteerMatch? Match);
}
