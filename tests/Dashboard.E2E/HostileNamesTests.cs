using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Dashboard.E2E;

/// <summary>
/// Markup in data never becomes markup on the page: an outlet named with an image tag and a title
/// with an SVG handler are shown as text in the charts' tooltips (and legends, escaped alike), the tables and the
/// article list, and nothing of them runs.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileNamesTests(BrowserFixture fixture) : ArabicPageTest(fixture)
{
    private const string Outlet = "<img src=x onerror=\"document.title='xss'\">وكالة";

    [Fact]
    public async Task MarkupInAnOutletNameAndATitleIsShownAsTextAndNeverRuns()
    {
        using var http = new HttpClient { BaseAddress = Fixture.Address };
        var record = JsonSerializer.Serialize(new
        {
            id = "hostile-" + Guid.NewGuid().ToString("N"),
            title = "<svg onload=\"document.title='xss'\">خبر عاجل من بغداد",
            source = Outlet,
            date = "2026-11-26 09:00:00",
            body = "قال مسؤولون في بغداد إن الاجتماع سيعقد غدا لبحث الأوضاع.",
        });
        using var response = await http.PostAsync("api/articles", new StringContent(record, Encoding.UTF8, "application/x-ndjson"));
        response.EnsureSuccessStatusCode();

        await Page.GotoAsync($"/?from=2026-11-20&to=2026-11-30&source={Uri.EscapeDataString(Outlet)}");
        await Page.Locator("[data-chart=volume][data-chart-ready=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await Page.Locator("[data-chart=volume] path.apexcharts-bar-area").First.HoverAsync();
        await Page.Locator("[data-chart=volume] .apexcharts-tooltip").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

        Assert.Equal(0, await Page.EvaluateAsync<int>("document.querySelectorAll('[onerror], [onload], img[src=x]').length"));
        Assert.NotEqual("xss", await Page.TitleAsync());
        Assert.Contains("<img src=x", await Page.Locator("[data-chart=volume] .apexcharts-tooltip").InnerTextAsync(), StringComparison.Ordinal);
    }
}
