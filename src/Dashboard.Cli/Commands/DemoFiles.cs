using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using CsvHelper;
using Dashboard.Core.Articles;

namespace Dashboard.Cli.Commands;

/// <summary>Writes articles in each format <c>ingest</c> reads, so the demo corpus exercises every reader.</summary>
internal static class DemoFiles
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task WriteAsync(IEnumerable<Article> articles, string format, string path, CancellationToken cancellationToken)
    {
        if (format == "text")
        {
            WriteExports(articles, path);
            return;
        }

        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        switch (format)
        {
            case "json":
                await writer.WriteAsync(JsonSerializer.Serialize(articles.Select(Record).ToList(), Json));
                break;
            case "csv":
                await using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true))
                {
                    await csv.WriteRecordsAsync(articles.Select(Record), cancellationToken);
                }

                break;
            case "rss":
                WriteRss(articles, writer);
                break;
            default:
                foreach (var article in articles)
                {
                    await writer.WriteLineAsync(JsonSerializer.Serialize(Record(article), Json).AsMemory(), cancellationToken);
                }

                break;
        }
    }

    private static DemoRecord Record(Article article) => new(
        article.ExternalId ?? "",
        article.Title,
        article.Source,
        article.Published.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        article.Url ?? "",
        article.Body);

    // One RSS channel per outlet would be truer to life; one channel with each item's source is what aggregators export.
    private static void WriteRss(IEnumerable<Article> articles, TextWriter output)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Async = false });
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", "أخبار عربية");
        foreach (var article in articles)
        {
            xml.WriteStartElement("item");
            xml.WriteElementString("guid", article.ExternalId);
            xml.WriteElementString("title", article.Title);
            xml.WriteStartElement("source");
            xml.WriteAttributeString("url", article.Url ?? "https://example.org/");
            xml.WriteString(article.Source);
            xml.WriteEndElement();
            xml.WriteElementString("link", article.Url);
            xml.WriteElementString("pubDate", article.Published.ToString("r", CultureInfo.InvariantCulture));
            xml.WriteElementString("description", article.Body);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    // The aggregator's export: site name, the title three times, the dateline, then the paragraphs.
    private static void WriteExports(IEnumerable<Article> articles, string folder)
    {
        Directory.CreateDirectory(folder);
        var number = 0;
        foreach (var article in articles)
        {
            var text = new StringBuilder()
                .Append("اخبار العربية الان\n\n")
                .Append(article.Title).Append("\n\n").Append(article.Title).Append('\n').Append(article.Title).Append("\n\n")
                .Append(CultureInfo.InvariantCulture, $"{article.Published.UtcDateTime:yyyy-MM-dd HH:mm:ss} - المصدر: {article.Source}\n\n\n")
                .AppendJoin("\n\n", article.Paragraphs);
            File.WriteAllText(Path.Combine(folder, $"{++number:000000}.txt"), text.ToString(), new UTF8Encoding(false));
        }
    }

    private sealed record DemoRecord(string Id, string Title, string Source, string Date, string Url, string Body);
}
