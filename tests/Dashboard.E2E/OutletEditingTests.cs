using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Dashboard.E2E;

/// <summary>The outlets page in Chromium: an alias added there leads to the outlet from the next ingest on.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OutletEditingTests(BrowserFixture fixture) : ArabicPageTest(fixture)
{

    [Fact]
    public async Task AnAliasAddedOnThePageRoutesPostedArticlesToTheOutlet()
    {
        await BrowserFixture.SignInAsync(Context, "editor");
        await Page.GotoAsync("/outlets");
        await Page.Locator("[data-role=outlets][data-interactive=true]").WaitForAsync();
        var row = Page.Locator("[data-role=outlets] tbody tr").First;
        var outlet = (await row.Locator("td").First.InnerTextAsync()).Trim();
        var editor = Page.Locator("[data-role=outlet-editor]");
        for (var attempt = 0; attempt < 3 && !await editor.IsVisibleAsync(); attempt++)
        {
            await row.Locator("td").Nth(1).ClickAsync();
            await editor.WaitForAsync(new LocatorWaitForOptions { Timeout = 5_000 }).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        var tag = Guid.NewGuid().ToString("N")[..6];
        var alias = "وكالة الاختبار " + tag;
        await Page.Locator("[data-role=alias]").Locator("xpath=descendant-or-self::input").First.FillAsync(alias);
        await Page.ClickAsync("[data-action=add-alias]");
        // Aliases are kept folded (وكالة → وكاله), as every spelling of the name leads to the outlet.
        await Assertions.Expect(Page.Locator("[data-role=outlets]")).ToContainTextAsync("وكاله الاختبار " + tag);

        using var http = new HttpClient { BaseAddress = Fixture.Address };
        var before = await CountAsync(http, outlet);
        var body = $$"""{"id": "alias-{{Guid.NewGuid():N}}", "title": "خبر عبر الاسم البديل", "source": "{{alias}}", "date": "2026-11-22 09:00:00", "body": "نص الخبر المنشور باسم بديل للمصدر."}""";
        using var response = await http.PostAsync("api/articles", new StringContent(body, System.Text.Encoding.UTF8, "application/x-ndjson"));
        response.EnsureSuccessStatusCode();

        Assert.Equal(before + 1, await CountAsync(http, outlet));
    }

    private static async Task<long> CountAsync(HttpClient http, string outlet) =>
        (await http.GetFromJsonAsync<JsonElement>($"api/sources?from=2026-11-22&to=2026-11-22&source={Uri.EscapeDataString(outlet)}"))
            .EnumerateArray().Sum(s => s.GetProperty("articles").GetInt64());
}
