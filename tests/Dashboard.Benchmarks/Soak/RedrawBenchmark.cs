using System.Globalization;
using Microsoft.Playwright;

namespace Dashboard.Benchmarks.Soak;

/// <summary>
/// <c>redraw [--demo 20000 | --database SQLITE-FILE] [--iterations 40]</c>: in Chromium, the time from a click on a range preset
/// to the moment every chart of the dashboard has redrawn with the new range (each chart bumps its
/// <c>data-chart-revision</c> when its update has finished). Measured in the page with
/// <c>performance.now()</c>, so it includes the circuit's round trip, the queries, the render and the
/// charts' own drawing, and prints the page's main-thread time per click from Chromium's counters. Over the
/// measured clicks, <c>--cpu-profile FILE</c> records the page's JavaScript (a <c>.cpuprofile</c> for DevTools or
/// speedscope), <c>--trace FILE</c> Chromium's timeline, <c>--count-measurements</c> the calls that make the
/// browser lay the page out, per chart, and <c>--screenshot FILE</c> the page after the last click.
/// </summary>
internal static class RedrawBenchmark
{
    // The range presets, then "all" (the whole stored range, its own button).
    private static readonly string[] Presets = ["7d", "3m", "12m", "30d", "all"];

    // Clicks the preset and resolves with the milliseconds until every chart's revision has grown (or -1 after 10 s),
    // followed by each chart's own time (by data-chart name), so the slowest chart can be named, and by the time
    // apexcharts spent drawing each chart (data-chart-draw-ms), which tells the browser's cost from the server's.
    private const string ClickAndWait = """
        async (key) => {
            const charts = [...document.querySelectorAll('[data-chart]')];
            const before = charts.map(c => Number(c.dataset.chartRevision ?? '0'));
            const done = charts.map(() => -1);
            const start = performance.now();
            document.querySelector(key === 'all' ? '[data-action="all-time"]' : `[data-preset="${key}"]`).click();
            return await new Promise(resolve => {
                const check = () => {
                    const now = performance.now() - start;
                    charts.forEach((c, i) => { if (done[i] < 0 && Number(c.dataset.chartRevision ?? '0') > before[i]) done[i] = now; });
                    if (done.every(t => t >= 0)) {
                        resolve([now, ...done].map(t => `${t}`).concat(charts.map(c => c.dataset.chart), charts.map(c => c.dataset.chartDrawMs ?? '0')).join('|'));
                    } else if (now > 10000) {
                        resolve('-1');
                    } else {
                        requestAnimationFrame(check);
                    }
                };
                check();
            });
        }
        """;

    // --count-measurements: every call that makes the browser lay the page out to answer it, counted per chart.
    private const string CountMeasurements = """
        (() => {
            window.__measurements = {};
            for (const [type, name] of [[SVGGraphicsElement, 'getBBox'], [Element, 'getBoundingClientRect'], [SVGTextContentElement, 'getComputedTextLength']]) {
                const original = type.prototype[name];
                type.prototype[name] = function (...args) {
                    const chart = this.closest?.('[data-chart]')?.dataset.chart ?? 'page';
                    const key = `${chart} ${name}`;
                    window.__measurements[key] = (window.__measurements[key] ?? 0) + 1;
                    return original.apply(this, args);
                };
            }
        })();
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var demo = SoakTest.Number(args, "--demo", 20_000);
        var database = BenchmarkArguments.Value(args, "--database");
        var iterations = SoakTest.Number(args, "--iterations", 40);
        var profile = BenchmarkArguments.Value(args, "--cpu-profile");
        var trace = BenchmarkArguments.Value(args, "--trace");
        var countLayouts = args.Contains("--count-measurements");
        var screenshot = BenchmarkArguments.Value(args, "--screenshot");
        var web = Path.Combine(SoakTest.RepositoryRoot(), "src", "Dashboard.Web", "bin", "Release", "net10.0", "Dashboard.Web.dll");
        await using var server = await SoakServer.StartAsync(web, demo, database);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.Address.ToString(), Locale = "ar", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        if (countLayouts)
        {
            await page.AddInitScriptAsync(CountMeasurements);
        }

        await page.GotoAsync("/");
        await page.Locator("[data-chart=volume][data-chart-ready=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var charts = await page.Locator("[data-chart]").CountAsync();

        var times = new List<double>();
        var byPreset = Presets.ToDictionary(p => p, _ => new List<double>());
        var perChart = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
        var drawn = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var missed = 0;
        ICDPSession? devTools = null;
        var before = new Dictionary<string, double>();
        Task? traced = null;
        for (var i = 0; i < iterations + Presets.Length; i++)
        {
            if (i == Presets.Length)
            {
                // The measured clicks begin: everything below counts from here.
                devTools = await page.Context.NewCDPSessionAsync(page);
                if (profile is not null)
                {
                    await devTools.SendAsync("Profiler.enable");
                    await devTools.SendAsync("Profiler.setSamplingInterval", new Dictionary<string, object> { ["interval"] = 500 });
                    await devTools.SendAsync("Profiler.start");
                }

                if (countLayouts)
                {
                    await page.EvaluateAsync("window.__measurements = {}");
                }

                await devTools.SendAsync("Performance.enable");
                before = await MainThreadAsync(devTools);
                if (trace is not null)
                {
                    traced = TraceAsync(devTools, trace);
                    await devTools.SendAsync("Tracing.start", new Dictionary<string, object>
                    {
                        ["transferMode"] = "ReturnAsStream",
                        ["traceConfig"] = new Dictionary<string, object> { ["includedCategories"] = new[] { "devtools.timeline", "disabled-by-default-devtools.timeline" } },
                    });
                }
            }

            var answer = (await page.EvaluateAsync<string>(ClickAndWait, Presets[i % Presets.Length])).Split('|');
            var elapsed = double.Parse(answer[0], CultureInfo.InvariantCulture);
            if (i < Presets.Length)
            {
                continue; // the first round warms the queries and the JIT
            }

            var count = (answer.Length - 1) / 3;
            for (var c = 1; c <= count; c++)
            {
                var name = $"{Presets[i % Presets.Length]} {answer[c + count]}";
                (perChart.TryGetValue(name, out var list) ? list : perChart[name] = []).Add(double.Parse(answer[c], CultureInfo.InvariantCulture));
                (drawn.TryGetValue(name, out var own) ? own : drawn[name] = []).Add(double.Parse(answer[c + (2 * count)], CultureInfo.InvariantCulture));
            }

            if (elapsed < 0)
            {
                missed++;
            }
            else
            {
                times.Add(elapsed);
                byPreset[Presets[i % Presets.Length]].Add(elapsed);
            }

            await Task.Delay(300);
        }

        if (screenshot is not null)
        {
            // The last preset's charts, the whole page: to look at what the measured redraws drew.
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        }

        if (countLayouts)
        {
            var counted = await page.EvaluateAsync<Dictionary<string, int>>("window.__measurements");
            foreach (var (name, count) in counted.OrderByDescending(c => c.Value))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: {count / (double)Math.Max(1, iterations):F1} per click"));
            }
        }

        if (profile is not null)
        {
            var stopped = await devTools!.SendAsync("Profiler.stop");
            await File.WriteAllTextAsync(profile!, stopped!.Value.GetProperty("profile").GetRawText());
            Console.WriteLine($"  the page's JavaScript over the measured clicks: {profile}");
        }

        var after = await MainThreadAsync(devTools!);
        if (traced is not null)
        {
            await devTools!.SendAsync("Tracing.end");
            await traced;
            Console.WriteLine($"  Chromium's trace of the measured clicks (DevTools' Performance panel opens it): {trace}");
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"redraw of {charts} charts after a preset click, {(database is null ? $"{demo:N0} demo articles" : Path.GetFileName(database))}, {times.Count} clicks: p50 {SoakTest.Percentile(times, 0.5):F0} ms, p95 {SoakTest.Percentile(times, 0.95):F0} ms, max {times.LastOrDefault():F0} ms; {missed} click(s) left a chart unchanged after 10 s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  server resident memory after the clicks: {server.ResidentMegabytes:N0} MB"));
        var clicks = Math.Max(1, iterations);
        string PerClick(string name) => string.Create(CultureInfo.InvariantCulture, $"{(after[name] - before[name]) * 1000 / clicks:F0} ms");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  the page's main thread per click: script {PerClick("ScriptDuration")}, style {PerClick("RecalcStyleDuration")}, layout {PerClick("LayoutDuration")} ({(after["LayoutCount"] - before["LayoutCount"]) / clicks:F0} layouts), all tasks {PerClick("TaskDuration")}"));
        foreach (var (preset, list) in byPreset)
        {
            list.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {preset}: p50 {SoakTest.Percentile(list, 0.5):F0} ms, max {list.LastOrDefault():F0} ms"));
        }

        foreach (var (chart, list) in perChart)
        {
            list.Sort();
            var own = drawn[chart];
            own.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {chart} redrawn after p50 {SoakTest.Percentile(list, 0.5):F0} ms, max {list.LastOrDefault():F0} ms; apexcharts drew it in p50 {SoakTest.Percentile(own, 0.5):F0} ms"));
        }

        return missed == 0 ? 0 : 1;
    }

    // Chromium's running totals for the page's main thread (seconds, and counts), from the DevTools protocol.
    private static async Task<Dictionary<string, double>> MainThreadAsync(ICDPSession session)
    {
        var answer = await session.SendAsync("Performance.getMetrics");
        return answer!.Value.GetProperty("metrics").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble(), StringComparer.Ordinal);
    }

    // Waits for the trace Chromium collects between Tracing.start and Tracing.end and copies it to a file.
    private static async Task TraceAsync(ICDPSession session, string path)
    {
        var complete = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Event("Tracing.tracingComplete").OnEvent += (_, e) => complete.TrySetResult(e!.Value.GetProperty("stream").GetString()!);
        var stream = await complete.Task;
        await using var file = File.Create(path);
        while (true)
        {
            var chunk = (await session.SendAsync("IO.read", new Dictionary<string, object> { ["handle"] = stream }))!.Value;
            var data = chunk.GetProperty("data").GetString() ?? "";
            var bytes = chunk.TryGetProperty("base64Encoded", out var encoded) && encoded.GetBoolean() ? Convert.FromBase64String(data) : System.Text.Encoding.UTF8.GetBytes(data);
            await file.WriteAsync(bytes);
            if (chunk.GetProperty("eof").GetBoolean())
            {
                break;
            }
        }

        await session.SendAsync("IO.close", new Dictionary<string, object> { ["handle"] = stream });
    }
}
