using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Dashboard.E2E;

/// <summary>An open dashboard shows articles that arrive after it opened, with a notice, without a reload.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveUpdateTests(BrowserFixture fixture) : ArabicPageTest(fixture)
{
    private const string Bars = "[data-chart=volume] path.apexcharts-bar-area";

    [Fact]
    public async Task AnArticlePostedWhileTheDashboardIsOpenIsCountedAndAnnounced()
    {
        await Page.GotoAsync("/?from=2026-11-01&to=2026-11-30");
        await Page.Locator(Bars).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        using var http = new HttpClient { BaseAddress = Fixture.Address };
        var before = await StoredAsync(http);
        await WaitForPlottedAsync(before);

        var body = $$"""{"id": "live-{{Guid.NewGuid():N}}", "title": "وصول وفد إلى عمان", "source": "بترا", "date": "2026-11-21 08:00:00", "body": "وصل وفد وزاري إلى العاصمة الأردنية عمان صباح اليوم لبحث التعاون."}""";
        using var response = await http.PostAsync("api/articles", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
        response.EnsureSuccessStatusCode();

        await Assertions.Expect(Page.Locator("[data-role=arrivals]")).ToContainTextAsync("وصلت", new() { Timeout = 15_000 });
        Assert.Equal(before + 1, await StoredAsync(http));
        await WaitForPlottedAsync(before + 1);
        Assert.Contains("from=2026-11-01", Page.Url, StringComparison.Ordinal);
    }

    private static async Task<long> StoredAsync(HttpClient http) =>
        (await http.GetFromJsonAsync<JsonElement>("api/sources?from=2026-11-01&to=2026-11-30")).EnumerateArray().Sum(s => s.GetProperty("articles").GetInt64());

    private async Task WaitForPlottedAsync(long expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        long plotted;
        while ((plotted = await Page.Locator(Bars).EvaluateAllAsync<long>("bars => bars.reduce((sum, bar) => sum + Number(bar.getAttribute('val') || 0), 0)")) != expected
            && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.Equal(expected, plotted);
    }
}
