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

    public static ulong[] Static(IReadOnlyList<TaggerToken> sentence, int i)
    {
        var token = sentence[i];
        var n = token.Normal;
        var stem = Stem(n);
        var features = new List<ulong>(32)
        {
            FeatureHash.Of(1, ""),
            FeatureHash.Of(2, n),
            FeatureHash.Of(3, stem),
            FeatureHash.Of(4, Prefix(n, 2)),
            FeatureHash.Of(5, Prefix(n, 3)),
            FeatureHash.Of(6, Suffix(n, 2)),
            FeatureHash.Of(7, Suffix(n, 3)),
            FeatureHash.Of(8, Suffix(n, 1)),
            FeatureHash.Of(9, Word(sentence, i - 1)),
            FeatureHash.Of(10, Word(sentence, i + 1)),
            FeatureHash.Of(11, Word(sentence, i - 2)),
            FeatureHash.Of(12, Word(sentence, i + 2)),
            FeatureHash.Of(13, Stem(Word(sentence, i - 1))),
            FeatureHash.Of(14, Stem(Word(sentence, i + 1))),
            FeatureHash.Of(15, Shape(token.Text)),
            FeatureHash.Of(16, token.Gazetteer),
            FeatureHash.Of(17, i > 0 ? sentence[i - 1].Gazetteer : "<s>"),
            FeatureHash.Of(18, i + 1 < sentence.Count ? sentence[i + 1].Gazetteer : "</s>"),
            FeatureHash.Of(19, Word(sentence, i - 1), n),
            FeatureHash.Of(20, n, Word(sentence, i + 1)),
            FeatureHash.Of(21, Cue(Word(sentence, i - 1))),
            FeatureHash.Of(22, Cue(Word(sentence, i - 2))),
            FeatureHash.Of(23, n.Length > stem.Length ? n[..(n.Length - stem.Length)] : ""),
            FeatureHash.Of(24, token.Gazetteer, Cue(Word(sentence, i - 1))),
            FeatureHash.Of(25, Cue(Word(sentence, i + 1))),
            FeatureHash.Of(26, LengthBucket(stem)),
            FeatureHash.Of(27, Prefix(n, 4)),
            FeatureHash.Of(28, Suffix(n, 4)),
            FeatureHash.Of(29, Word(sentence, i - 1), Word(sentence, i + 1)),
            FeatureHash.Of(33, GivenName(n)),
            FeatureHash.Of(34, GivenName(Word(sentence, i - 1))),
            FeatureHash.Of(35, GivenName(Word(sentence, i + 1))),
            FeatureHash.Of(36, GivenName(n), Cue(Word(sentence, i - 1))),
            FeatureHash.Of(37, token.Gazetteer, n),
            FeatureHash.Of(38, Stem(Word(sentence, i - 1)), stem),
        };
        return [.. features];
    }

    public static ulong PreviousTag(int previous) => FeatureHash.Of(30, EntityTag.All[previous]);


    public static ulong PreviousTagAndWord(int previous, string normal) => FeatureHash.Of(32, EntityTag.All[previous], normal);

    private static string GivenName(string normal) =>
        GivenNames.Names.Contains(normal) ? "G" : Clitics.Stems(normal).Skip(1).Any(GivenNames.Names.Contains) ? "g" : "-";

    private static string Word(IReadOnlyList<TaggerToken> sentence, int i) =>
        i < 0 ? "<s>" : i >= sentence.Count ? "</s>" : sentence[i].Normal;

    // The longest clitic-free stem of at least three letters ("والرئيس" → "رئيس").
    private static string Stem(string normal)
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

    private static string Prefix(string s, int n) => s.Length <= n ? s : s[..n];

    private static string Suffix(string s, int n) => s.Length <= n ? s : s[^n..];

    private static string Cue(string normal) =>
        PersonCues.Contains(normal) ? "P" : OrganizationCues.Contains(normal) || OrganizationCues.Contains(Stem(normal)) ? "G" : PlaceCues.Contains(normal) || PlaceCues.Contains(Stem(normal)) ? "L" : "-";

    private static string Shape(string text) => text switch
    {
        _ when text.All(char.IsDigit) => "digit",
        _ when text.Any(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z') => "latin",
        _ when text.All(c => !char.IsLetterOrDigit(c)) => "punct",
        _ => "arabic",
    };

    private static string LengthBucket(string s) => s.Length switch { <= 2 => "s", <= 4 => "m", <= 7 => "l", _ => "x" };

    private static HashSet<string> Normalised(params string[] words) => [.. words.Select(ArabicNormalizer.Normalize)];
}
