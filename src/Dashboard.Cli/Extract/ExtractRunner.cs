using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Core.Extraction;

namespace Dashboard.Cli.Extract;

/// <summary>
/// The <c>dashboard extract</c> contract: JSON Lines in, one line out per line in, in order, with
/// the same id. A line that cannot be read becomes an error line and the run goes on.
/// </summary>
internal sealed class ExtractRunner(ITextAnalyzer analyzer)
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Processes every line; returns how many lines were answered with an error.</summary>
    public async Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var errors = 0;
        var lineNumber = 0;
        using var buffer = new MemoryStream();
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                if (!TryAnswer(line, writer))
                {
                    errors++;
                    writer.Reset();
                    WriteError(writer, line, lineNumber);
                }
            }

            await output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        await output.FlushAsync(cancellationToken);
        return errors;
    }

    private bool TryAnswer(string line, Utf8JsonWriter writer)
    {
        if (!TryParseObject(line, out var record) || !record.TryGetPropertyValue("id", out var id) || id is null)
        {
            return false;
        }

        var fields = new List<(string Name, TextFacts Facts)>();
        if (Text(record, "text") is { } text)
        {
            fields.Add(("text", analyzer.Analyze(text)));
        }
        else
        {
            var title = Text(record, "title");
            var body = Text(record, "body");
            if (title is null && body is null)
            {
                return false;
            }

            var (titleFacts, bodyFacts) = ArticleAnalysis.Analyze(analyzer, title, body);
            if (title is not null)
            {
                fields.Add(("title", titleFacts));
            }

            if (body is not null)
            {
                fields.Add(("body", bodyFacts));
            }
        }

        var facts = fields;
        writer.WriteStartObject();
        writer.WritePropertyName("id");
        id.WriteTo(writer);
        writer.WriteStartArray("actors");
        foreach (var (field, fieldFacts) in facts)
        {
            foreach (var actor in fieldFacts.Actors)
            {
                ExtractJson.WriteActor(writer, field, actor);
            }
        }

        writer.WriteEndArray();
        writer.WriteStartArray("casualties");
        foreach (var (field, fieldFacts) in facts)
        {
            foreach (var casualty in fieldFacts.Casualties)
            {
                ExtractJson.WriteCasualty(writer, field, casualty);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        return true;
    }

    private static void WriteError(Utf8JsonWriter writer, string line, int lineNumber)
    {
        writer.WriteStartObject();
        if (TryParseObject(line, out var record) && record.TryGetPropertyValue("id", out var id) && id is not null)
        {
            writer.WritePropertyName("id");
            id.WriteTo(writer);
            writer.WriteString("error", Text(record, "text") is null && Text(record, "title") is null && Text(record, "body") is null
                ? "the record has none of the text fields: give \"text\", or \"title\" and/or \"body\", as strings"
                : "the record could not be processed");
        }
        else
        {
            writer.WriteNumber("line", lineNumber);
            writer.WriteString("error", TryParseObject(line, out _)
                ? "the record has no \"id\""
                : "not a JSON object: each line must be one object such as {\"id\": \"a1\", \"text\": \"...\"}");
        }

        writer.WriteEndObject();
    }

    private static bool TryParseObject(string line, out JsonObject record)
    {
        try
        {
            if (JsonNode.Parse(line) is JsonObject parsed)
            {
                record = parsed;
                return true;
            }
        }
        catch (JsonException)
        {
            // Reported as an error line by the caller.
        }

        record = [];
        return false;
    }

    private static string? Text(JsonObject record, string name) =>
        record.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
