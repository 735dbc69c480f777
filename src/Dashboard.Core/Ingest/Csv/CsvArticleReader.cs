using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Dashboard.Core.Ingest.Csv;

/// <summary>
/// Reads CSV and TSV files with a header row. Columns are matched to article fields by their names
/// (the common ones: title, source/outlet, date/published, url, body/text); a column mapping renames
/// a file's own headers ("headline" → title) for files that use others.
/// </summary>
public static class CsvArticleReader
{
    /// <summary>Every data row as an article or an error naming its line.</summary>
    public static IEnumerable<ParsedRecord> Read(string file, TextReader reader, char delimiter, IReadOnlyDictionary<string, string>? mapping, DateTimeOffset now)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.Trim,
        };
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            yield return ParsedRecord.Rejected(new InputError(file, 1, "the CSV file has no header row"));
            yield break;
        }

        // Field name → column index, the mapping applied: "title=headline" reads title from the headline column.
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            columns.TryAdd(header[i].Trim(), i);
        }

        foreach (var (field, column) in mapping ?? new Dictionary<string, string>())
        {
            if (!columns.TryGetValue(column, out var index))
            {
                yield return ParsedRecord.Rejected(new InputError(file, 1, $"the column mapping names '{column}', which the header does not have"));
                yield break;
            }

            columns[field] = index;
        }

        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            yield return ArticleRecordMapper.Map(name => columns.TryGetValue(name, out var index) ? csv.GetField(index) : null, file, line, now);
        }
    }

    /// <summary>The delimiter of a CSV header line: tab, semicolon or comma, whichever splits it most.</summary>
    public static char DelimiterOf(string headerLine)
    {
        ArgumentNullException.ThrowIfNull(headerLine);
        return new[] { '\t', ';', ',' }.OrderByDescending(d => headerLine.Count(c => c == d)).First();
    }
}
