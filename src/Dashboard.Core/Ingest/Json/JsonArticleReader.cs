using System.Text.Json;

namespace Dashboard.Core.Ingest.Json;

/// <summary>Reads JSON Lines (one object a line) and JSON arrays of article objects, record by record.</summary>
public static class JsonArticleReader
{
    /// <summary>Every record of a JSON Lines text; a line that is no JSON is an error for that line only.</summary>
    public static IEnumerable<ParsedRecord> ReadLines(string file, TextReader reader)
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

            yield return ReadLine(file, line, lineNumber);
        }
    }

    private static ParsedRecord ReadLine(string file, string line, int lineNumber)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return JsonArticleMapper.Map(document.RootElement, file, lineNumber);
        }
        catch (JsonException exception)
        {
            return ParsedRecord.Rejected(new InputError(file, lineNumber, $"not valid JSON: {exception.Message}"));
        }
    }

    /// <summary>Every element of a JSON array; the element's index is reported as its record number.</summary>
    public static IEnumerable<ParsedRecord> ReadArray(string file, Stream stream)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            return [ParsedRecord.Rejected(new InputError(file, (int?)exception.LineNumber + 1, $"not valid JSON: {exception.Message}"))];
        }

        return Elements(file, document);
    }

    private static IEnumerable<ParsedRecord> Elements(string file, JsonDocument document)
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
                yield return JsonArticleMapper.Map(element, file, index);
            }
        }
    }
}
