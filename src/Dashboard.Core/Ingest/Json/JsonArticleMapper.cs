using System.Text.Json;
using Dashboard.Core.Articles;

namespace Dashboard.Core.Ingest.Json;

/// <summary>
/// Maps a JSON object with the common field names (<c>id</c>, <c>title</c>, <c>source</c>/<c>outlet</c>,
/// <c>date</c>/<c>published</c>, <c>url</c>, <c>body</c>/<c>text</c>) to an article, or says which field is wrong.
/// </summary>
public static class JsonArticleMapper
{
    private static readonly string[] SourceFields = ["source", "outlet", "site", "publisher"];
    private static readonly string[] DateFields = ["date", "published", "published_at", "pubDate", "datetime", "time"];
    private static readonly string[] BodyFields = ["body", "text", "content"];

    /// <summary>The article of one record; <paramref name="line"/> is where the record starts, for the error.</summary>
    public static ParsedRecord Map(JsonElement record, string file, int line)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return ParsedRecord.Rejected(new InputError(file, line, "not a JSON object"));
        }

        var id = Text(record, "id");
        string Where(string field) => id is null ? field : $"record '{id}': {field}";
        var title = Text(record, "title");
        if (string.IsNullOrWhiteSpace(title))
        {
            return Reject(file, line, Where("'title' is missing or empty"));
        }

        var source = SourceFields.Select(f => Text(record, f)).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));
        if (source is null)
        {
            return Reject(file, line, Where("'source' (or 'outlet') is missing"));
        }

        var body = BodyFields.Select(f => Text(record, f)).FirstOrDefault(b => !string.IsNullOrWhiteSpace(b));
        if (body is null)
        {
            return Reject(file, line, Where("'body' (or 'text') is missing or empty"));
        }

        var dateText = DateFields.Select(f => Text(record, f)).FirstOrDefault(d => !string.IsNullOrWhiteSpace(d));
        if (dateText is null)
        {
            return Reject(file, line, Where("'date' (or 'published') is missing"));
        }

        if (PublicationDate.Parse(dateText) is not { } published)
        {
            return Reject(file, line, Where($"'{dateText}' is not a date"));
        }

        var paragraphs = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return ParsedRecord.Of(new Article(title.Trim(), source.Trim(), published, paragraphs, Text(record, "url"), id));
    }

    private static ParsedRecord Reject(string file, int line, string message) => ParsedRecord.Rejected(new InputError(file, line, message));

    private static string? Text(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
