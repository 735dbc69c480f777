using Dashboard.Core.Text;

namespace Dashboard.Core.Actors;

/// <summary>
/// Titles and roles written before a name (الرئيس الأميركي، وزير الدفاع، المتحدث باسم، قائد، المبعوث):
/// they are not part of the actor's name, so they are stripped before a name is looked up.
/// </summary>
internal static class TitleCues
{
    private static readonly HashSet<string> Words = [.. new[]
    {
        "الرئيس", "رئيس", "الملك", "الأمير", "الشيخ", "السلطان", "الأمين", "العام", "وزير", "الوزير", "وزيرة", "السيد", "السيدة", "الدكتور", "د",
        "المستشار", "المستشارة", "الفريق", "أول", "اللواء", "العقيد", "العميد", "المشير", "الجنرال", "السفير", "المبعوث", "الأممي", "الخاص",
        "المتحدث", "باسم", "الناطق", "القائد", "قائد", "النائب", "الزعيم", "زعيم", "نائب", "المرشد", "الأعلى", "آية", "الله", "سمو", "معالي",
        "فخامة", "سماحة", "خادم", "الحرمين", "الشريفين", "ولي", "العهد", "المخلوع", "الراحل", "المتمرد", "الأميركي", "الأمريكي", "الروسي", "الفرنسي",
        "البريطاني", "المصري", "السوري", "العراقي", "اليمني", "الإيراني", "التركي", "السعودي", "الليبي", "الفلسطيني", "الإسرائيلي", "اللبناني",
        "الأردني", "القطري", "الإماراتي", "الكويتي", "الدفاع", "الخارجية", "الداخلية", "الوزراء", "الحكومة", "الجمهورية", "المجلس", "الرئاسي",
        // Reporting verbs the tagger sometimes takes into the name that follows them.
        "قال", "وقال", "أكد", "وأكد", "أضاف", "وأضاف", "دان", "ودان", "أعلن", "وأعلن", "رحب", "ورحب", "أوضح", "وأوضح", "حذر", "وحذر",
        "طالب", "وطالب", "دعا", "ودعا", "بحث", "وبحث", "التقى", "والتقى", "استقبل", "واستقبل",
    }.Select(ArabicNormalizer.Normalize)];

    // Words that follow a name as its role ("محمد بن سلمان ولي العهد", "فلان وزير الخارجية"); "الله" is not
    // among them, since it ends names such as "عبد الله".
    private static readonly HashSet<string> After = [.. new[]
    {
        "ولي", "العهد", "وزير", "الوزير", "رئيس", "الرئيس", "أمير", "الأمير", "الملك", "نائب", "المتحدث", "السفير", "قائد", "زعيم", "الأمين",
        "مدير", "المدير", "رئيسة", "وزيرة", "النائب", "المبعوث", "مستشار", "المستشار", "عضو", "الشيخ",
    }.Select(ArabicNormalizer.Normalize)];

    /// <summary>
    /// How many trailing tokens of a person mention are roles ("محمد بن سلمان ولي العهد") or a
    /// prepositional phrase the tagger ran into ("هادي بالبيان").
    /// </summary>
    public static int TrailingTitles(IReadOnlyList<string> normals)
    {
        var count = 0;
        while (count < normals.Count - 1 && (After.Contains(normals[normals.Count - 1 - count]) || StartsPrepositionalPhrase(normals[normals.Count - 1 - count])))
        {
            count++;
        }

        return count;
    }

    private static bool StartsPrepositionalPhrase(string normal) =>
        normal.Length > 4 && (normal.StartsWith("بال", StringComparison.Ordinal) || normal.StartsWith("لل", StringComparison.Ordinal)
            || normal.StartsWith("فال", StringComparison.Ordinal) || normal.StartsWith("كال", StringComparison.Ordinal));

    /// <summary>Whether the token is a title word, not a name.</summary>
    public static bool IsTitle(string normal) => Words.Contains(normal);

    /// <summary>How many leading tokens of a person mention are titles, leaving at least one token of name.</summary>
    public static int LeadingTitles(IReadOnlyList<string> normals)
    {
        var count = 0;
        while (count < normals.Count - 1 && Words.Contains(normals[count]))
        {
            count++;
        }

        return count;
    }
}
