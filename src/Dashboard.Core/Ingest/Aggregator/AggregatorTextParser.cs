using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Core.Articles;

namespace Dashboard.Core.Ingest.Aggregator;

/// <summary>
/// Reads the news aggregator's plain-text export: a site-name line, the title (repeated up to three
/// times), a line <c>YYYY-MM-DD HH:MM:SS - المصدر: OUTLET</c>, then one paragraph per line.
/// </summary>
public static partial class AggregatorTextParser
{
    /// <summary>How many times the export may repeat the title before the dateline.</summary>
    public const int MaxTitleRepeats = 3;

    private const string ExpectedDateline = "a line 'YYYY-MM-DD HH:MM:SS - المصدر: OUTLET'";

    /// <summary>Parses one export; every error names the file and the line.</summary>
    public static ParseResult Parse(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = SplitLines(text);
        var cursor = 0;

        if (!SkipBlank(lines, ref cursor))
        {
            return ParseResult.Failed(new InputError(fileName, null, "the file is empty"));
        }

        // The first line names the aggregator's site; the article does not need it.
        cursor++;
        var titleLines = new List<(int Line, string Text)>();
        Match dateline = Match.Empty;
        while (SkipBlank(lines, ref cursor))
        {
            dateline = DatelinePattern().Match(lines[cursor]);
            if (dateline.Success)
            {
                break;
            }

            titleLines.Add((cursor + 1, lines[cursor].Trim()));
            if (titleLines.Count > MaxTitleRepeats)
            {
                return Fail(fileName, titleLines[0].Line, $"expected {ExpectedDateline} after the title, found none within {MaxTitleRepeats} title lines");
            }

            cursor++;
        }

        if (!dateline.Success)
        {
            return Fail(fileName, cursor + 1, $"reached the end of the file without {ExpectedDateline}");
        }

        var datelineNumber = cursor + 1;
        if (titleLines.Count == 0)
        {
            return Fail(fileName, datelineNumber, "the title is missing: expected it between the site name and the dateline");
        }

        var title = titleLines[0].Text;
        foreach (var (line, repeated) in titleLines.Skip(1))
        {
            if (repeated != title)
            {
                return Fail(fileName, line, "the title lines differ: the export repeats one title, so this is not an aggregator file");
            }
        }

        if (!DateTime.TryParseExact(dateline.Groups["time"].Value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var published))
        {
            return Fail(fileName, datelineNumber, $"'{dateline.Groups["time"].Value}' is not a valid date and time");
        }

        var source = dateline.Groups["source"].Value.Trim();
        cursor++;
        var paragraphs = new List<string>();
        for (; cursor < lines.Count; cursor++)
        {
            if (!string.IsNullOrWhiteSpace(lines[cursor]))
            {
                paragraphs.Add(lines[cursor].TrimEnd());
            }
        }

        if (paragraphs.Count == 0)
        {
            return Fail(fileName, datelineNumber, "the article has no body after the dateline");
        }

        var article = new Article(title, source, new DateTimeOffset(published, TimeSpan.Zero), paragraphs);
        return new ParseResult([article], []);
    }

    /// <summary>Whether a text looks like this export: a dateline within its first lines.</summary>
    public static bool LooksLikeExport(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SplitLines(text).Take(12).Any(line => DatelinePattern().IsMatch(line));
    }

    private static ParseResult Fail(string fileName, int line, string message) =>
        ParseResult.Failed(new InputError(fileName, line, message));

    private static bool SkipBlank(List<string> lines, ref int cursor)
    {
        while (cursor < lines.Count && string.IsNullOrWhiteSpace(lines[cursor]))
        {
            cursor++;
        }

        return cursor < lines.Count;
    }

    private static List<string> SplitLines(string text) =>
        [.. text.TrimStart('\uFEFF').Split('\n').Select(line => line.TrimEnd('\r'))];

    [GeneratedRegex(@"^\s*(?<time>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})\s+-\s+المصدر\s*:\s*(?<source>\S.*?)\s*$")]
    private static partial Regex DatelinePattern();
}
