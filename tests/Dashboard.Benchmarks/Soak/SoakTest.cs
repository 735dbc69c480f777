using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dashboard.Core.Demo;
using Microsoft.Playwright;

namespace Dashboard.Benchmarks.Soak;

/// <summary>
/// <c>soak [--minutes 30] [--users 20] [--browsers 3] [--demo 4000] [--sample-seconds 30]</c>: the web app
/// under continuous ingest while simulated users change filters. Most users are HTTP clients that load
/// the dashboard page (a server-side render of every panel) and the JSON API with a random range; the
/// browser users are Chromium pages that open a dashboard with a random range, wait for its charts,
/// and close it, so circuits are made and freed all along. Prints the memory curve, the errors and
/// the latency per interval, and at the end whether every circuit was freed. Exits 1 on any error.
/// </summary>
internal static class SoakTest
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly int[] RangeDays = [7, 90, 365, 0];
    private static readonly string[] SearchWords = ["بغداد", "الرياض", "مقتل", "الأمم المتحدة", "النفط"];

    public static async Task<int> RunAsync(string[] args)
    {
        var minutes = Number(args, "--minutes", 30);
        var users = Number(args, "--users", 20);
        var browsers = Math.Min(users, Number(args, "--browsers", 3));
        var sampleSeconds = Number(args, "--sample-seconds", 30);
        var web = Path.Combine(RepositoryRoot(), "src", "Dashboard.Web", "bin", "Release", "net10.0", "Dashboard.Web.dll");
        await using var server = await SoakServer.StartAsync(web, Number(args, "--demo", 4000), BenchmarkArguments.Value(args, "--database"));
        Console.WriteLine($"soak: {minutes} min, {users} users ({browsers} in Chromium), ingest every 2 s, sample every {sampleSeconds} s, server {server.Address}");

        var latencies = new ConcurrentQueue<double>();
        var all = new ConcurrentBag<double>();
        // Per kind of request, to tell which of them make the slow tail.
        var byKind = new ConcurrentDictionary<string, ConcurrentBag<(double Milliseconds, bool Ok)>>(StringComparer.Ordinal);
        var errors = 0;
        var added = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(minutes));
        void Record(string kind, double milliseconds, bool ok)
        {
            latencies.Enqueue(milliseconds);
            all.Add(milliseconds);
            byKind.GetOrAdd(kind, _ => []).Add((milliseconds, ok));
            if (!ok)
            {
                Interlocked.Increment(ref errors);
            }
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
        });
        var work = new List<Task> { IngestAsync(server.Address, n => Interlocked.Add(ref added, n), Record, stop.Token) };
        work.AddRange(Enumerable.Range(0, users - browsers).Select(i => HttpUserAsync(server.Address, new Random(i), Record, stop.Token)));
        work.AddRange(Enumerable.Range(0, browsers).Select(i => BrowserUserAsync(browser, server.Address, new Random(1000 + i), Record, stop.Token)));

        using var health = new HttpClient { BaseAddress = server.Address };
        var samples = new List<SoakSample>();
        var clock = Stopwatch.StartNew();
        Console.WriteLine("minute   RSS MB  circuits  requests  errors  p95 ms  articles added");
        while (!stop.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(sampleSeconds), CancellationToken.None);
            var window = new List<double>();
            while (latencies.TryDequeue(out var latency))
            {
                window.Add(latency);
            }

            var sample = new SoakSample(clock.Elapsed, server.ResidentMegabytes, await CircuitsAsync(health), window.Count,
                Volatile.Read(ref errors) - samples.Sum(s => s.Errors), Percentile(window, 0.95), Volatile.Read(ref added));
            samples.Add(sample);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sample.Elapsed.TotalMinutes,6:F1}  {sample.ResidentMegabytes,7:F0}  {sample.Circuits,8}  {sample.Requests,8}  {sample.Errors,6}  {sample.P95Milliseconds,6:F0}  {sample.ArticlesAdded,14}"));
        }

        await Task.WhenAll(work);
        await browser.CloseAsync();
        // A circuit whose tab went without saying goodbye is kept for a reconnect, then freed (see CircuitLimits).
        var circuitsLeft = await CircuitsAsync(health);
        for (var wait = 0; wait < 200 && circuitsLeft > 0; wait++)
        {
            await Task.Delay(1000);
            circuitsLeft = await CircuitsAsync(health);
        }

        Report(samples, all, errors, added, circuitsLeft);
        foreach (var (kind, requests) in byKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            List<double> times = [.. requests.Select(r => r.Milliseconds)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {kind}: {requests.Count:N0} requests, {requests.Count(r => !r.Ok)} errors, p50 {Percentile(times, 0.5):F0} ms, p95 {Percentile(times, 0.95):F0} ms"));
        }

        return errors == 0 && circuitsLeft == 0 ? 0 : 1;
    }

    private static void Report(List<SoakSample> samples, ConcurrentBag<double> all, int errors, int added, int circuitsLeft)
    {
        var thirds = samples.Count / 3;
        var early = samples.Skip(thirds).Take(Math.Max(1, thirds)).Average(s => s.ResidentMegabytes);
        var late = samples.Skip(samples.Count - Math.Max(1, thirds)).Average(s => s.ResidentMegabytes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

            requests {all.Count:N0}, errors {errors}, p50 {Percentile([.. all], 0.5):F0} ms, p95 {Percentile([.. all], 0.95):F0} ms, articles ingested {added:N0}
            memory: first {samples[0].ResidentMegabytes:F0} MB, max {samples.Max(s => s.ResidentMegabytes):F0} MB, middle third {early:F0} MB, last third {late:F0} MB ({(late - early) / early:P1})
            circuits held after every browser closed: {circuitsLeft}
            """));
        var csv = Path.Combine(Directory.CreateDirectory(Path.Combine(RepositoryRoot(), "artifacts", "soak")).FullName, "soak.csv");
        File.WriteAllLines(csv, ["minutes,rss_mb,circuits,requests,errors,p95_ms,articles_added",
            .. samples.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Elapsed.TotalMinutes:F1},{s.ResidentMegabytes:F0},{s.Circuits},{s.Requests},{s.Errors},{s.P95Milliseconds:F0},{s.ArticlesAdded}"))]);
        Console.WriteLine($"curve: {csv}");
    }

    // Posts 25 new generated articles every two seconds, as a feed or a scraper would.
    private static async Task IngestAsync(Uri address, Action<int> added, Action<string, double, bool> record, CancellationToken stop)
    {
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        var corpus = new DemoCorpusGenerator(new DemoCorpusOptions(200_000, Seed: 77, Days: 30)).Generate().GetEnumerator();
        while (!stop.IsCancellationRequested)
        {
            var lines = new StringBuilder();
            for (var i = 0; i < 25 && corpus.MoveNext(); i++)
            {
                var a = corpus.Current;
                lines.AppendLine(JsonSerializer.Serialize(new { id = a.ExternalId, title = a.Title, source = a.Source, date = a.Published.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), url = a.Url, body = a.Body }, Json));
            }

            var watch = Stopwatch.StartNew();
            try
            {
                using var content = new StringContent(lines.ToString(), Encoding.UTF8, "application/x-ndjson");
                using var response = await http.PostAsync(new Uri("api/articles", UriKind.Relative), content, CancellationToken.None);
                var results = await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None);
                added(results.EnumerateArray().Count(r => r.GetProperty("status").GetString() == "added"));
                record("ingest: POST /api/articles, 25 articles", watch.Elapsed.TotalMilliseconds, response.IsSuccessStatusCode);
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException or JsonException)
            {
                Console.Error.WriteLine("ingest: " + error.Message);
                record("ingest: POST /api/articles, 25 articles", watch.Elapsed.TotalMilliseconds, false);
            }

            await Pause(TimeSpan.FromSeconds(2), stop);
        }
    }

    // "page (server-side render)", "api/volume", ..., "api/articles (search)": what a request asks, without its range.
    private static string Kind(string request) =>
        request.StartsWith('/') ? "page (server-side render)" : request.Contains("&q=", StringComparison.Ordinal) ? "api/articles (search)" : request[..request.IndexOf('?', StringComparison.Ordinal)];

    // Loads the dashboard page and its API with a random range, then thinks for half a second to two.
    private static async Task HttpUserAsync(Uri address, Random random, Action<string, double, bool> record, CancellationToken stop)
    {
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        while (!stop.IsCancellationRequested)
        {
            var range = Range(random);
            string[] requests =
            [
                "/" + range, "api/volume" + range + "&granularity=day", "api/actors" + range + "&limit=20", "api/casualties" + range + "&granularity=week",
                "api/articles" + range + "&q=" + Uri.EscapeDataString(SearchWords[random.Next(SearchWords.Length)]),
            ];
            foreach (var request in requests)
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    using var response = await http.GetAsync(new Uri(request, UriKind.Relative), CancellationToken.None);
                    await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                    record(Kind(request), watch.Elapsed.TotalMilliseconds, response.IsSuccessStatusCode);
                }
                catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
                {
                    Console.Error.WriteLine($"user: {request}: {error.Message}");
                    record(Kind(request), watch.Elapsed.TotalMilliseconds, false);
                }
            }

            await Pause(TimeSpan.FromMilliseconds(random.Next(500, 2000)), stop);
        }
    }

    // Opens a dashboard in Chromium with a random range, waits for its charts, reads it a while, closes it.
    private static async Task BrowserUserAsync(IBrowser browser, Uri address, Random random, Action<string, double, bool> record, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString(), Locale = "ar" });
            var watch = Stopwatch.StartNew();
            IPage? page = null;
            try
            {
                page = await context.NewPageAsync();
                await page.GotoAsync("/" + Range(random));
                await page.Locator("[data-chart=volume][data-chart-ready=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
                record("browser: dashboard until its volume chart is drawn", watch.Elapsed.TotalMilliseconds, true);
                await Pause(TimeSpan.FromSeconds(random.Next(2, 6)), stop);
            }
            catch (Exception error) when (error is PlaywrightException or TimeoutException)
            {
                // A chart that never came counts as an error of the run, not as the end of it.
                Console.Error.WriteLine("browser: " + error.Message);
                record("browser: dashboard until its volume chart is drawn", watch.Elapsed.TotalMilliseconds, false);
            }
            finally
            {
                // Closed as a person closes a tab: the page unloads, and Blazor tells the server the circuit is done.
                if (page is not null)
                {
                    await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
                }

                await context.CloseAsync();
            }
        }
    }

    private static string Range(Random random)
    {
        var days = RangeDays[random.Next(RangeDays.Length)];
        var to = DateOnly.FromDateTime(DateTime.UtcNow);
        return days == 0 ? "?" : string.Create(CultureInfo.InvariantCulture, $"?from={to.AddDays(-days):yyyy-MM-dd}&to={to:yyyy-MM-dd}");
    }

    private static async Task<int> CircuitsAsync(HttpClient health)
    {
        var report = await health.GetFromJsonAsync<JsonElement>("health");
        return report.GetProperty("checks").GetProperty("circuits").GetProperty("data").GetProperty("open").GetInt32();
    }

    private static async Task Pause(TimeSpan pause, CancellationToken stop)
    {
        try
        {
            await Task.Delay(pause, stop);
        }
        catch (OperationCanceledException)
        {
            // The soak is over.
        }
    }

    internal static double Percentile(List<double> values, double share)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        values.Sort();
        return values[Math.Min(values.Count - 1, (int)Math.Ceiling(share * values.Count) - 1)];
    }

    internal static int Number(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dashboard.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Dashboard.sln not found");
    }
}
