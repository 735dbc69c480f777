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
    }.Select(ArabicNormalizer.Normalize)];

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
