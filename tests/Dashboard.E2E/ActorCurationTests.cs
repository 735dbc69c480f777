using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Dashboard.E2E;

/// <summary>The Actors page in Chromium: an editor renames an actor and the background re-extraction applies it to every article.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ActorCurationTests(BrowserFixture fixture) : ArabicPageTest(fixture)
{

    [Fact]
    public async Task ARenameReachesTheApiAfterTheBackgroundReextraction()
    {
        await BrowserFixture.SignInAsync(Context, "editor");
        await Page.GotoAsync("/actors");
        await Page.Locator("[data-role=actors][data-interactive=true]").WaitForAsync();
        var row = Page.Locator("[data-role=actors] tr", new() { HasText = "حسن روحاني" });
        var editor = Page.Locator("[data-role=editor]");
        for (var attempt = 0; attempt < 3 && !await editor.IsVisibleAsync(); attempt++)
        {
            // A click that lands while the circuit is still settling is lost; the editor tells whether it arrived.
            await row.ClickAsync();
            await editor.WaitForAsync(new LocatorWaitForOptions { Timeout = 5_000 }).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        var name = editor.Locator("input").First;
        await name.FillAsync("حسن فريدون روحاني");
        await Page.Locator("[data-role=editor] button", new() { HasText = "حفظ" }).ClickAsync();

        await Assertions.Expect(Page.Locator("[data-role=reextraction]")).ToContainTextAsync("آخر إعادة استخراج اكتملت", new() { Timeout = 90_000 });
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, "actors-ar.png"), FullPage = true });

        using var http = new HttpClient { BaseAddress = Fixture.Address };
        var people = await http.GetFromJsonAsync<JsonElement>("api/actors?kind=person&limit=50");
        var names = people.EnumerateArray().Select(p => p.GetProperty("canonical").GetString()).ToList();
        Assert.Contains("حسن فريدون روحاني", names);
        Assert.DoesNotContain("حسن روحاني", names);
    }
}
