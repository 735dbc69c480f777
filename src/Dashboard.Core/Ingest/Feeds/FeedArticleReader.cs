using System.ServiceModel.Syndication;
using System.Xml;

namespace Dashboard.Core.Ingest.Feeds;

/// <summary>Reads RSS 2.0 and Atom feeds: each item is an article of the feed's outlet, its HTML reduced to text.</summary>
public static class FeedArticleReader
{
    /// <summary>Every item of the feed, or one error when the text is no feed at all.</summary>
    public static IReadOnlyList<ParsedRecord> Read(string file, TextReader reader, DateTimeOffset now)
    {
        SyndicationFeed feed;
        try
        {
            using var xml = XmlReader.Create(reader, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersFromEntities = 1024 });
            feed = SyndicationFeed.Load(xml);
        }
        catch (Exception exception) when (exception is XmlException or InvalidOperationException or NotSupportedException or FormatException or ArgumentException)
        {
            return [ParsedRecord.Rejected(new InputError(file, null, $"not an RSS or Atom feed: {exception.Message}"))];
        }

        var outlet = feed.Title?.Text?.Trim();
        var records = new List<ParsedRecord>();
        var index = 0;
        foreach (var item in feed.Items)
        {
            index++;
            try
            {
                records.Add(Map(item, outlet, file, index, now));
            }
            catch (XmlException exception)
            {
                // The library reads an item's dates lazily: a bad one surfaces here, for this item alone.
                records.Add(ParsedRecord.Rejected(new InputError(file, index, $"item {index}: {exception.Message}")));
            }
        }

        return records;
    }

    private static ParsedRecord Map(SyndicationItem item, string? outlet, string file, int index, DateTimeOffset now)
    {
        var body = (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text;
        var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["id"] = item.Id,
            ["title"] = item.Title?.Text,
            ["source"] = item.SourceFeed?.Title?.Text ?? outlet,
            ["date"] = published == default ? null : published.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
            ["url"] = item.Links.FirstOrDefault()?.Uri?.ToString(),
            ["body"] = body is null ? null : HtmlText.Strip(body),
        };
        return ArticleRecordMapper.Map(name => fields.GetValueOrDefault(name), file, index, now);
    }
}
