using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Core.Text;

namespace Dashboard.Core.Ingest;

/// <summary>Reads publication times as feeds and datasets write them; a time without an offset is taken as UTC.</summary>
public static partial class PublicationDate
{
    // Both month series: the Egyptian/Gulf (يناير) and the Levantine/Iraqi (كانون الثاني), normalised.
    private static readonly Dictionary<string, int> Months = new[]
    {
        ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("ابريل", 4), ("إبريل", 4), ("مايو", 5), ("يونيو", 6), ("يونيه", 6), ("يوليو", 7), ("يوليه", 7),
        ("أغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
        ("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6), ("تموز", 7), ("آب", 8), ("أيلول", 9),
        ("تشرين الأول", 10), ("تشرين الثاني", 11), ("كانون الأول", 12),
    }.DistinctBy(m => ArabicNormalizer.Normalize(m.Item1)).ToDictionary(m => ArabicNormalizer.Normalize(m.Item1), m => m.Item2);

    /// <summary>How far ahead of now a publication time may be (time zones, clock drift) before it is an error.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-ddTHH:mmK", "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd", "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz", "dd MMM yyyy HH:mm:ss zzz",
    ];

    // "الخميس 19 يناير 2017 - 10:30", "19 كانون الثاني/يناير ٢٠١٧": day, month name, year, optional time.
    private static DateTimeOffset? ArabicMonthDate(string text)
    {
        var normal = ArabicNormalizer.Normalize(text);
        var match = ArabicDate().Match(normal);
        if (!match.Success)
        {
            return null;
        }

        var monthText = match.Groups["month"].Value.Split('/')[0].Trim();
        if (!Months.TryGetValue(monthText, out var month))
        {
            return null;
        }

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var hour = match.Groups["hour"].Success ? int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture) : 0;
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        if (day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59)
        {
            return null;
        }

        return new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero);
    }

    [GeneratedRegex(@"(?<day>\d{1,2})\s+(?<month>[\p{L} ]+?(?:/[\p{L} ]+?)?)\s+(?<year>\d{4})(?:\D+(?<hour>\d{1,2}):(?<minute>\d{2}))?")]
    private static partial Regex ArabicDate();

    /// <summary>The time the text states, or null when it is no date this reader knows.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (ArabicMonthDate(text) is { } arabic)
        {
            return arabic;
        }

        var westernDigits = new string([.. text.Trim().Select(c => ArabicTokenizer.IsDigit(c) ? ArabicNormalizer.Fold(c) : c)]);
        var trimmed = westernDigits.Replace(" GMT", " +0000", StringComparison.Ordinal).Replace(" UTC", " +0000", StringComparison.Ordinal);
        return DateTimeOffset.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var exact)
            ? exact
            : DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var loose) ? loose : null;
    }
}
