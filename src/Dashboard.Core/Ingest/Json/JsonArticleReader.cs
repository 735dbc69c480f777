using System.Text.Json;

namespace Dashboard.Core.Ingest.Json;

/// <summary>Reads JSON Lines (one object a line) and JSON arrays of article objects, record by record.</summary>
public static class JsonArticleReader
{
    // Deeply nested JSON is refused rather than parsed: no article needs more than a few levels.
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32 };

    /// <summary>Every record of a JSON Lines text; a line that is no JSON is an error for that line only.</summary>
    public static IEnumerable<ParsedRecord> ReadLines(string file, TextReader reader, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ReadLine(file, line, lineNumber, now);
        }
    }

    private static ParsedRecord ReadLine(string file, string line, int lineNumber, DateTimeOffset now)
    {
        try
        {
            using var document = JsonDocument.Parse(line, Options);
            return Map(document.RootElement, file, lineNumber, now);
        }
        catch (JsonException exception)
        {
            return ParsedRecord.Rejected(new InputError(file, lineNumber, $"not valid JSON: {exception.Message}"));
        }
    }

    /// <summary>Every element of a JSON array; the element's index is reported as its record number.</summary>
    public static IEnumerable<ParsedRecord> ReadArray(string file, Stream stream, DateTimeOffset now)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, Options);
        }
        catch (JsonException exception)
        {
            return [ParsedRecord.Rejected(new InputError(file, (int?)exception.LineNumber + 1, $"not valid JSON: {exception.Message}"))];
        }

        return Elements(file, document, now);
    }

    /// <summary>One JSON object as an article; anything but an object is an error for its record.</summary>
    public static ParsedRecord Map(JsonElement record, string file, int line, DateTimeOffset now) =>
        record.ValueKind != JsonValueKind.Object
            ? ParsedRecord.Rejected(new InputError(file, line, "not a JSON object"))
            : ArticleRecordMapper.Map(name => Text(record, name), file, line, now);

    private static string? Text(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static IEnumerable<ParsedRecord> Elements(string file, JsonDocument document, DateTimeOffset now)
    {
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                yield return ParsedRecord.Rejected(new InputError(file, 1, "expected a JSON array of article objects"));
                yield break;
            }

            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                index++;
                yield return Map(element, file, index, now);
            }
        }
    }
}
