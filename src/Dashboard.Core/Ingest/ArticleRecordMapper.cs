namespace Dashboard.Core.Ingest;

/// <summary>
/// Maps a record with the common field names (<c>id</c>, <c>title</c>, <c>source</c>/<c>outlet</c>,
/// <c>date</c>/<c>published</c>, <c>url</c>, <c>body</c>/<c>text</c>) to an article, whatever format it
/// came in (JSON, CSV), or says which field is wrong.
/// </summary>
public static class ArticleRecordMapper
{
    private static readonly string[] SourceFields = ["source", "outlet", "site", "publisher"];
    private static readonly string[] DateFields = ["date", "published", "published_at", "pubDate", "datetime", "time"];
    private static readonly string[] BodyFields = ["body", "text", "content"];

    /// <summary>The article of one record; <paramref name="field"/> reads a field by name, <paramref name="line"/> is where the record is.</summary>
    public static ParsedRecord Map(Func<string, string?> field, string file, int line, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(field);
        var id = field("id");
        string Where(string message) => id is null ? message : $"record '{id}': {message}";
        var title = field("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            return Reject(file, line, Where("'title' is missing or empty"));
        }

        var source = SourceFields.Select(field).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));
        if (source is null)
        {
            return Reject(file, line, Where("'source' (or 'outlet') is missing"));
        }

        var body = BodyFields.Select(field).FirstOrDefault(b => !string.IsNullOrWhiteSpace(b));
        if (body is null)
        {
            return Reject(file, line, Where("'body' (or 'text') is missing or empty"));
        }

        var dateText = DateFields.Select(field).FirstOrDefault(d => !string.IsNullOrWhiteSpace(d));
        if (dateText is null)
        {
            return Reject(file, line, Where("'date' (or 'published') is missing"));
        }

        if (PublicationDate.Parse(dateText) is not { } published)
        {
            return Reject(file, line, Where($"'{dateText}' is not a date"));
        }

        if (published > now + PublicationDate.FutureTolerance)
        {
            return Reject(file, line, Where($"'{dateText}' is in the future"));
        }

        var paragraphs = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return ParsedRecord.Of(new Articles.Article(HtmlText.Strip(title).Trim(), source.Trim(), published, paragraphs, field("url"), id));
    }

    private static ParsedRecord Reject(string file, int line, string message) => ParsedRecord.Rejected(new InputError(file, line, message));
}
