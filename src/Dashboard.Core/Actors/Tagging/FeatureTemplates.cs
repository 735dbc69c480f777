using Dashboard.Core.Text;

namespace Dashboard.Core.Actors.Tagging;

/// <summary>
/// The tagger's features: the word, its clitic-free stem, affixes, neighbours, word shape,
/// gazetteer labels and title cues. Static features depend only on the words; the tag features
/// (previous tags) are added while decoding.
/// </summary>
internal static class FeatureTemplates
{
    private static readonly HashSet<string> PersonCues = Normalised(
        "الرئيس", "رئيس", "الملك", "الأمير", "الشيخ", "وزير", "الوزير", "السيد", "الدكتور", "د", "المستشار", "الفريق", "اللواء", "العقيد", "العميد",
        "المشير", "الجنرال", "السفير", "المبعوث", "المتحدث", "القائد", "قائد", "النائب", "الزعيم", "زعيم", "الأمين", "نائب", "المدرب", "اللاعب", "الكاتب", "الشاعر",
        "الفنان", "الفنانة", "المهندس", "الأستاذ", "المطران", "البابا", "الإمام", "سمو", "معالي", "فخامة", "سماحة", "قال", "وقال", "أكد", "وأكد", "أضاف", "وأضاف", "أوضح", "بن", "ابن", "أبو");

    private static readonly HashSet<string> PlaceCues = Normalised(
        "مدينة", "محافظة", "ولاية", "العاصمة", "منطقة", "إقليم", "جزيرة", "بلدة", "قرية", "مخيم", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "في", "إلى", "من", "دولة");

    private static readonly HashSet<string> OrganizationCues = Normalised(
        "وزارة", "شركة", "منظمة", "حزب", "جماعة", "حركة", "تنظيم", "مجلس", "جامعة", "وكالة", "هيئة", "بنك", "مصرف", "نادي", "فريق", "اتحاد", "جبهة", "مؤسسة",
        "صحيفة", "قناة", "جمعية", "لجنة", "رابطة", "مركز", "معهد", "برنامج", "صندوق", "محكمة", "قوات", "جيش", "الجيش", "ميليشيا", "كتائب", "لواء");

    /// <summary>The static features of every token of a sentence; each word's stem, cue and shape is worked out once.</summary>
    public static ulong[][] Static(IReadOnlyList<TaggerToken> sentence)
    {
        var words = Padded(sentence);
        var features = new ulong[sentence.Count][];
        for (var i = 0; i < sentence.Count; i++)
        {
            features[i] = [.. OfWord(words[i + 2]), .. OfContext(words, i + 2)];
        }

        return features;
    }

    /// <summary>The sentence's words between two start and two end markers, so every word has two neighbours each side.</summary>
    public static Word[] Padded(IReadOnlyList<TaggerToken> sentence)
    {
        var n = sentence.Count;
        var words = new Word[n + 4];
        words[0] = words[1] = Word.Start;
        words[n + 2] = words[n + 3] = Word.End;
        for (var i = 0; i < n; i++)
        {
            words[i + 2] = Word.Of(sentence[i]);
        }

        return words;
    }

    /// <summary>The features of the word alone (its form, stem, affixes, shape): the same wherever it stands, so a tagger may cache their weights.</summary>
    public static ulong[] OfWord(Word word)
    {
        var n = word.Normal.AsSpan();
        var stem = word.Stem;
        return
        [
            FeatureHash.Of(1, ""),
            FeatureHash.Of(2, n),
            FeatureHash.Of(3, stem),
            FeatureHash.Of(4, Prefix(n, 2)),
            FeatureHash.Of(5, Prefix(n, 3)),
            FeatureHash.Of(6, Suffix(n, 2)),
            FeatureHash.Of(7, Suffix(n, 3)),
            FeatureHash.Of(8, Suffix(n, 1)),
            FeatureHash.Of(15, word.Shape),
            FeatureHash.Of(23, n.Length > stem.Length ? n[..(n.Length - stem.Length)] : ""),
            FeatureHash.Of(26, LengthBucket(stem)),
            FeatureHash.Of(27, Prefix(n, 4)),
            FeatureHash.Of(28, Suffix(n, 4)),
            FeatureHash.Of(33, word.Given),
        ];
    }

    /// <summary>The features that depend on the neighbours or on the gazetteer's label in this sentence.</summary>
    /// <param name="words">The padded words (<see cref="Padded"/>).</param>
    /// <param name="w">The padded index: w - 1 and w - 2 exist before the first word, w + 1 and w + 2 after the last.</param>
    public static ulong[] OfContext(Word[] words, int w)
    {
        var word = words[w];
        var n = word.Normal.AsSpan();
        var previous = words[w - 1];
        var next = words[w + 1];
        return
        [
            FeatureHash.Of(9, previous.Normal),
            FeatureHash.Of(10, next.Normal),
            FeatureHash.Of(11, words[w - 2].Normal),
            FeatureHash.Of(12, words[w + 2].Normal),
            FeatureHash.Of(13, previous.Stem),
            FeatureHash.Of(14, next.Stem),
            FeatureHash.Of(16, word.Gazetteer),
            FeatureHash.Of(17, previous.Gazetteer),
            FeatureHash.Of(18, next.Gazetteer),
            FeatureHash.Of(19, previous.Normal, n),
            FeatureHash.Of(20, n, next.Normal),
            FeatureHash.Of(21, previous.Cue),
            FeatureHash.Of(22, words[w - 2].Cue),
            FeatureHash.Of(24, word.Gazetteer, previous.Cue),
            FeatureHash.Of(25, next.Cue),
            FeatureHash.Of(29, previous.Normal, next.Normal),
            FeatureHash.Of(34, previous.Given),
            FeatureHash.Of(35, next.Given),
            FeatureHash.Of(36, word.Given, previous.Cue),
            FeatureHash.Of(37, word.Gazetteer, n),
            FeatureHash.Of(38, previous.Stem, word.Stem),
        ];
    }

    private static readonly ulong[] PreviousTagHashes = [.. EntityTag.All.Select(tag => FeatureHash.Of(30, tag))];

    public static ulong PreviousTag(int previous) => PreviousTagHashes[previous];


    public static ulong PreviousTagAndWord(int previous, string normal) => FeatureHash.Of(32, EntityTag.All[previous], normal);

    // The longest clitic-free stem of at least three letters ("والرئيس" → "رئيس").
    private static string StemOf(string normal)
    {
        var best = normal;
        foreach (var stem in Clitics.Stems(normal))
        {
            if (stem.Length >= 3 && stem.Length < best.Length)
            {
                best = stem;
            }
        }

        return best;
    }

    private static ReadOnlySpan<char> Prefix(ReadOnlySpan<char> s, int n) => s.Length <= n ? s : s[..n];

    private static ReadOnlySpan<char> Suffix(ReadOnlySpan<char> s, int n) => s.Length <= n ? s : s[^n..];

    private static string GivenName(string normal) =>
        GivenNames.Names.Contains(normal) ? "G" : Clitics.Stems(normal).Skip(1).Any(GivenNames.Names.Contains) ? "g" : "-";

    private static string CueOf(string normal, string stem) =>
        PersonCues.Contains(normal) ? "P" : OrganizationCues.Contains(normal) || OrganizationCues.Contains(stem) ? "G" : PlaceCues.Contains(normal) || PlaceCues.Contains(stem) ? "L" : "-";

    private static string ShapeOf(string text) => text switch
    {
        _ when text.All(char.IsDigit) => "digit",
        _ when text.Any(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z') => "latin",
        _ when text.All(c => !char.IsLetterOrDigit(c)) => "punct",
        _ => "arabic",
    };

    private static string LengthBucket(string s) => s.Length switch { <= 2 => "s", <= 4 => "m", <= 7 => "l", _ => "x" };

    /// <summary>What the features need of one word, worked out once per sentence.</summary>
    internal sealed record Word(string Normal, string Stem, string Cue, string Given, string Shape, string Gazetteer)
    {
        public static readonly Word Start = new("<s>", "<s>", "-", "-", "punct", "<s>");
        public static readonly Word End = new("</s>", "</s>", "-", "-", "punct", "</s>");

        public static Word Of(TaggerToken token)
        {
            var stem = StemOf(token.Normal);
            return new Word(token.Normal, stem, CueOf(token.Normal, stem), GivenName(token.Normal), ShapeOf(token.Text), token.Gazetteer);
        }
    }

    private static HashSet<string> Normalised(params string[] words) => [.. words.Select(ArabicNormalizer.Normalize)];
}
