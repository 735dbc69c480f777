using Dashboard.Core.Text;

namespace Dashboard.Core.Numbers;

/// <summary>
/// Vague plurals and quantity words, with the lower bounds of the casualty-figures contract:
/// عشرات 10، مئات 100، آلاف 1000، عشرات الآلاف 10000، بضع عشرات 30، عدة / عدد من / العديد من 3.
/// All are approximate and open-ended.
/// </summary>
internal static class VagueQuantities
{
    private static readonly Dictionary<string, long> Plurals = Build(
        ("عشرات", 10), ("العشرات", 10), ("مئات", 100), ("المئات", 100), ("مئات", 100), ("آلاف", 1000), ("الآلاف", 1000),
        ("ألاف", 1000), ("الألاف", 1000), ("ملايين", 1_000_000), ("الملايين", 1_000_000));

    private static readonly Dictionary<string, long> Scaled = Build(("آلاف", 1000), ("الآلاف", 1000), ("ألاف", 1000), ("الألاف", 1000));

    private static readonly HashSet<string> Few = [.. new[] { "بضع", "بضعة" }.Select(ArabicNormalizer.Normalize)];

    // Words that mean "several" only when followed by من ("a number of").
    private static readonly HashSet<string> NumberOf = [.. new[] { "عدد", "عددا", "العديد", "عديد", "كثير", "الكثير", "مجموعة" }.Select(ArabicNormalizer.Normalize)];

    private static readonly HashSet<string> Several = [.. new[] { "عدة" }.Select(ArabicNormalizer.Normalize)];

    private static readonly string Of = ArabicNormalizer.Normalize("من");
    private static readonly string Large = ArabicNormalizer.Normalize("كبير");

    public static Quantity? ReadAt(IReadOnlyList<Token> tokens, int index)
    {
        if (index >= tokens.Count)
        {
            return null;
        }

        var word = Bare(tokens[index].Normal);
        if (Few.Contains(word))
        {
            if (index + 1 < tokens.Count && Plurals.TryGetValue(tokens[index + 1].Normal, out var tens))
            {
                return new Quantity(tens * 3, null, true, index, index + 2, Vague: true);
            }

            return new Quantity(3, null, true, index, index + 1, Vague: true);
        }

        if (Plurals.TryGetValue(word, out var plural))
        {
            if (index + 1 < tokens.Count && Scaled.TryGetValue(tokens[index + 1].Normal, out var scale) && plural < 1000)
            {
                return new Quantity(plural * scale, null, true, index, index + 2, Vague: true);
            }

            return new Quantity(plural, null, true, index, index + 1, Vague: true);
        }

        if (Several.Contains(word))
        {
            return new Quantity(3, null, true, index, index + 1, Vague: true);
        }

        if (NumberOf.Contains(word))
        {
            var next = index + 1;
            if (next < tokens.Count && tokens[next].Normal == Large)
            {
                next++;
            }

            if (next < tokens.Count && tokens[next].Normal == Of)
            {
                return new Quantity(3, null, true, index, next + 1, Vague: true);
            }
        }

        return null;
    }

    // A conjunction or preposition written onto a quantity word: "والعشرات", "بعشرات".
    private static string Bare(string normal) =>
        normal.Length > 3 && normal[0] is 'و' or 'ف' or 'ب' && !Plurals.ContainsKey(normal) && (Plurals.ContainsKey(normal[1..]) || Few.Contains(normal[1..]) || NumberOf.Contains(normal[1..])) ? normal[1..] : normal;

    private static Dictionary<string, long> Build(params (string Word, long Value)[] rows) =>
        rows.Select(r => (Key: ArabicNormalizer.Normalize(r.Word), r.Value)).DistinctBy(r => r.Key).ToDictionary(r => r.Key, r => r.Value);
}
