using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Dashboard.E2E;

/// <summary>Circuits are counted on <c>/health</c> and freed when their tab closes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CircuitTests(BrowserFixture fixture) : ArabicPageTest(fixture)
{
    [Fact]
    public async Task ADashboardHoldsACircuitWhileOpenAndFreesItWhenTheTabCloses()
    {
        using var http = new HttpClient { BaseAddress = Fixture.Address };
        var before = await OpenCircuitsAsync(http);

        await Page.GotoAsync("/?from=2026-10-01&to=2026-11-30");
        await Page.Locator("[data-chart=volume][data-chart-ready=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        var open = await OpenCircuitsAsync(http);
        await Page.CloseAsync();

        var after = open;
        for (var attempt = 0; attempt < 40 && after > before; attempt++)
        {
            await Task.Delay(250);
            after = await OpenCircuitsAsync(http);
        }

        Assert.Equal(before + 1, open);
        Assert.Equal(before, after);
    }

    private static async Task<int> OpenCircuitsAsync(HttpClient http)
    {
        var health = await http.GetFromJsonAsync<JsonElement>("health");
        return health.GetProperty("checks").GetProperty("circuits").GetProperty("data").GetProperty("open").GetInt32();
    }
}
