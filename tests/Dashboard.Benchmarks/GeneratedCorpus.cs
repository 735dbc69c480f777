using System.Globalization;
using Dashboard.Core.Demo;

namespace Dashboard.Benchmarks;

/// <summary>The demo generator's articles as a JSON Lines file in the shape <c>dashboard ingest</c> reads.</summary>
internal static class GeneratedCorpus
{
    public static async Task<string> WriteAsync(string folder, int articles, int seed = 42, int days = 365)
    {
        var file = Path.Combine(folder, "generated.jsonl");
        await using var writer = new StreamWriter(file);
        foreach (var article in new DemoCorpusGenerator(new DemoCorpusOptions(articles, Seed: seed, Days: days)).Generate())
        {
            await writer.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(new
            {
                id = article.ExternalId, title = article.Title, source = article.Source, url = article.Url, body = article.Body,
                date = article.Published.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            }));
        }

        return file;
    }
}
