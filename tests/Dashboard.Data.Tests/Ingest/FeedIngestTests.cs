using System.Net;
using System.Net.Sockets;
using System.Text;
using Dashboard.Data.Ingest;

namespace Dashboard.Data.Tests.Ingest;

/// <summary>Feeds fetched by URL from a server on loopback: conditional GET, unreachable servers, pages that are no feed.</summary>
public sealed class FeedIngestTests : IDisposable
{
    private const string Rss = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>الأناضول</title><item><guid>a1</guid><title>اتفاق في جنيف</title><pubDate>Thu, 19 Jan 2017 10:00:00 GMT</pubDate><description>توصل الطرفان إلى اتفاق في جنيف.</description></item></channel></rss>""";

    private readonly TestDatabase _database = new();
    private readonly HttpListener _server = new();
    private readonly string _address;
    private readonly List<string?> _ifNoneMatch = [];
    private string _body = Rss;
    private string _contentType = "application/rss+xml";

    public FeedIngestTests()
    {
        _address = $"http://127.0.0.1:{FreePort()}/";
        _server.Prefixes.Add(_address);
        _server.Start();
        _ = ServeAsync();
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Close();
        _database.Dispose();
    }

    [Fact]
    public async Task AFeedIsFetchedOnceAndThenOnlyAskedWhetherItChanged()
    {
        var first = await Ingester().IngestAsync([_address + "feed"]);
        var second = await Ingester().IngestAsync([_address + "feed"]);

        Assert.Equal((1, 1, 0), (first.Added, second.NotModified, second.Read));
        Assert.Equal([null, "\"v1\""], _ifNoneMatch);
    }

    [Fact]
    public async Task AnUnreachableFeedIsReportedByItsUrl()
    {
        var url = $"http://127.0.0.1:{FreePort()}/feed";

        var report = await Ingester().IngestAsync([url]);

        var error = Assert.Single(report.Rejected);
        Assert.Equal(url, error.File);
        Assert.StartsWith("could not be fetched", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFeedUrlThatAnswersWithAWebPageIsReported()
    {
        _body = "<!DOCTYPE html><html><body><h1>الصفحة غير موجودة</h1></body></html>";
        _contentType = "text/html";

        var report = await Ingester().IngestAsync([_address + "feed"]);

        Assert.Contains("HTML page", Assert.Single(report.Rejected).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIdUsedAgainForOtherContentIsRefusedByName()
    {
        var file = Path.Combine(_database.Folder, "ids.jsonl");
        await File.WriteAllTextAsync(file,
            """
            {"id": "x1", "title": "خبر أول", "source": "سبق", "date": "2017-01-19", "body": "نص الخبر الأول."}
            {"id": "x1", "title": "خبر آخر", "source": "سبق", "date": "2017-01-20", "body": "نص مختلف تماما."}
            """);

        var report = await Ingester().IngestAsync([file]);

        Assert.Equal(1, report.Added);
        Assert.Contains("id 'x1' of سبق was already used", Assert.Single(report.Rejected).Message, StringComparison.Ordinal);
    }

    private FileIngester Ingester()
    {
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        return new FileIngester(_database.Store(), new InputReader(TimeProvider.System), new FeedFetcher(_database.Dialect, http, TimeProvider.System));
    }

    private async Task ServeAsync()
    {
        while (_server.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _server.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var etag = context.Request.Headers["If-None-Match"];
            _ifNoneMatch.Add(etag);
            if (etag == "\"v1\"")
            {
                context.Response.StatusCode = 304;
            }
            else
            {
                var bytes = Encoding.UTF8.GetBytes(_body);
                context.Response.ContentType = _contentType;
                context.Response.Headers["ETag"] = "\"v1\"";
                await context.Response.OutputStream.WriteAsync(bytes);
            }

            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
