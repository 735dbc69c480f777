using System.Globalization;
using Microsoft.Playwright;

namespace Dashboard.Benchmarks.Soak;

/// <summary>
/// <c>redraw [--demo 20000 | --database SQLITE-FILE] [--iterations 40]</c>: in Chromium, the time from a click on a range preset
/// to the moment every chart of the dashboard has redrawn with the new range (each chart bumps its
/// <c>data-chart-revision</c> when its update has finished). Measured in the page with
/// <c>performance.now()</c>, so it includes the circuit's round trip, the queries, the render and the
/// charts' own drawing.
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

    public static async Task<int> RunAsync(string[] args)
    {
        var demo = SoakTest.Number(args, "--demo", 20_000);
        var database = BenchmarkArguments.Value(args, "--database");
        var iterations = SoakTest.Number(args, "--iterations", 40);
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
        await page.GotoAsync("/");
        await page.Locator("[data-chart=volume][data-chart-ready=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var charts = await page.Locator("[data-chart]").CountAsync();

        var times = new List<double>();
        var byPreset = Presets.ToDictionary(p => p, _ => new List<double>());
        var perChart = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
        var drawn = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var missed = 0;
        for (var i = 0; i < iterations + Presets.Length; i++)
        {
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

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"redraw of {charts} charts after a preset click, {(database is null ? $"{demo:N0} demo articles" : Path.GetFileName(database))}, {times.Count} clicks: p50 {SoakTest.Percentile(times, 0.5):F0} ms, p95 {SoakTest.Percentile(times, 0.95):F0} ms, max {times.LastOrDefault():F0} ms; {missed} click(s) left a chart unchanged after 10 s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  server resident memory after the clicks: {server.ResidentMegabytes:N0} MB"));
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
}
