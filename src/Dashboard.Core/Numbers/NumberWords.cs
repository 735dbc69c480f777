using System.Collections.Frozen;
using Dashboard.Core.Text;

namespace Dashboard.Core.Numbers;

/// <summary>
/// Arabic number words, masculine and feminine, in nominative, accusative and genitive spellings,
/// keyed by their normalised form. Multipliers (thousand, million) scale what precedes them.
/// </summary>
internal static class NumberWords
{
    public const long Thousand = 1_000;
    public const long Million = 1_000_000;

    private static readonly (long Value, string[] Spellings)[] Table =
    [
        (1, ["واحد", "واحدة", "واحدا"]),
        (2, ["اثنان", "اثنين", "اثنتان", "اثنتين", "إثنين", "إثنان", "اثنا", "اثني"]),
        (3, ["ثلاث", "ثلاثة"]),
        (4, ["أربع", "أربعة"]),
        (5, ["خمس", "خمسة"]),
        (6, ["ست", "ستة"]),
        (7, ["سبع", "سبعة"]),
        (8, ["ثماني", "ثمانية", "ثمان"]),
        (9, ["تسع", "تسعة"]),
        (10, ["عشر", "عشرة"]),
        (20, ["عشرون", "عشرين"]),
        (30, ["ثلاثون", "ثلاثين"]),
        (40, ["أربعون", "أربعين"]),
        (50, ["خمسون", "خمسين"]),
        (60, ["ستون", "ستين"]),
        (70, ["سبعون", "سبعين"]),
        (80, ["ثمانون", "ثمانين"]),
        (90, ["تسعون", "تسعين"]),
        (100, ["مئة", "مائة", "مية"]),
        (200, ["مئتان", "مئتين", "مائتان", "مائتين", "مئتي", "مائتي"]),
        (300, ["ثلاثمئة", "ثلاثمائة"]),
        (400, ["أربعمئة", "أربعمائة"]),
        (500, ["خمسمئة", "خمسمائة"]),
        (600, ["ستمئة", "ستمائة"]),
        (700, ["سبعمئة", "سبعمائة"]),
        (800, ["ثمانمئة", "ثمانمائة"]),
        (900, ["تسعمئة", "تسعمائة"]),
        (Thousand, ["ألف", "الف", "آلاف", "ألاف"]),
        (2 * Thousand, ["ألفان", "ألفين", "ألفي"]),
        (Million, ["مليون", "مليونا", "ملايين"]),
        (2 * Million, ["مليونان", "مليونين"]),
    ];

    private static readonly FrozenDictionary<string, long> Values = Table
        .SelectMany(row => row.Spellings.Select(s => (Key: ArabicNormalizer.Normalize(s), row.Value)))
        .DistinctBy(p => p.Key)
        .ToFrozenDictionary(p => p.Key, p => p.Value);

    /// <summary>The value of a normalised number word, looking through a leading و or ال, or null.</summary>
    public static long? ValueOf(string normal, out bool conjoined)
    {
        conjoined = false;
        if (Values.TryGetValue(normal, out var value))
        {
            return value;
        }

        if (normal.StartsWith('و') && Values.TryGetValue(normal[1..], out value))
        {
            conjoined = true;
            return value;
        }

        foreach (var prefix in (ReadOnlySpan<string>)["ال", "وال", "بال", "لل"])
        {
            if (normal.Length > prefix.Length + 1 && normal.StartsWith(prefix, StringComparison.Ordinal) && Values.TryGetValue(normal[prefix.Length..], out value))
            {
                conjoined = prefix[0] == 'و';
                return value;
            }
        }

        return null;
    }

    public static bool IsMultiplier(long value) => value is Thousand or Million;
}
