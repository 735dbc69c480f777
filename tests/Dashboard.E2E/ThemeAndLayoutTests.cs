using Microsoft.Playwright;

namespace Dashboard.E2E;

/// <summary>Dark mode and the right-to-left layout at desktop and phone widths, in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ThemeAndLayoutTests(BrowserFixture fixture) : ArabicPageTest(fixture)
{
    private const string Bars = "[data-chart=volume] path.apexcharts-bar-area";

    [Fact]
    public async Task TheContentSecurityPolicyHoldsAndNothingThePagesDoBreaksIt()
    {
        var violations = new List<string>();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };

        var response = await Page.GotoAsync("/?from=2026-10-01&to=2026-11-30");
        Assert.Contains("script-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        Assert.Equal("nosniff", (await response.AllHeadersAsync())["x-content-type-options"]);
        await Page.Locator(Bars).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await Page.Locator("[data-chart=actor-heatmap][data-chart-ready=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await BrowserFixture.SignInAsync(Context, "editor");
        await Page.GotoAsync("/actors");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(violations);
    }

    [Fact]
    public async Task DarkModeDarkensThePageAndTheChartsAndSurvivesAReload()
    {
        await Page.GotoAsync("/?from=2026-10-01&to=2026-11-30");
        await Page.Locator(Bars).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        Assert.True(await BackgroundLuminanceAsync() > 0.8, "the page should start light");

        await Page.ClickAsync("[data-action=toggle-theme]");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await WaitAsync(async () => await BackgroundLuminanceAsync() < 0.2, "the page background should turn dark");
        await WaitAsync(async () => await AxisLabelLuminanceAsync() > 0.6, "the chart's axis labels should turn light");

        await Page.ReloadAsync();
        await Page.Locator(Bars).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await WaitAsync(async () => await BackgroundLuminanceAsync() < 0.2, "the choice should survive a reload");
        await WaitAsync(async () => await AxisLabelLuminanceAsync() > 0.6, "the charts drawn after the reload should be dark too");
        var screenshot = await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, "home-dark-ar.png") });
        await File.WriteAllBytesAsync(Path.Combine(RepositoryPaths.Screenshots, "home-dark-ar.png"), screenshot);
    }

    [Fact]
    public async Task EnglishLaysThePageOutLeftToRightWithTheValueAxisOnTheLeftAndArabicComesBack()
    {
        await Page.GotoAsync("/?from=2026-10-01&to=2026-11-30");
        await Page.Locator(Bars).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        Assert.True(await ValueAxisIsOnTheRightAsync(), "in Arabic the value axis belongs on the right");

        await SwitchLanguageAsync("en");
        Assert.Equal("ltr", await Page.GetAttributeAsync("html", "dir"));
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("News coverage");
        Assert.Contains("from=2026-10-01", Page.Url, StringComparison.Ordinal);
        await Page.Locator(Bars).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        Assert.False(await ValueAxisIsOnTheRightAsync(), "in English the value axis belongs on the left");
        await Assertions.Expect(Page.Locator("[data-panel=casualties] h2")).ToHaveTextAsync("Casualties over time");
        var screenshot = await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, "home-en.png") });
        await File.WriteAllBytesAsync(Path.Combine(RepositoryPaths.Screenshots, "home-en.png"), screenshot);

        await SwitchLanguageAsync("ar");
        Assert.Equal("rtl", await Page.GetAttributeAsync("html", "dir"));
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("تغطية الأخبار");
    }

    [Theory]
    [InlineData(1280, 900, "ar-EG")]
    [InlineData(390, 844, "ar-EG")]
    [InlineData(1280, 900, "en-GB")]
    [InlineData(390, 844, "en-GB")]
    public async Task NoPageScrollsSidewaysAtDesktopOrPhoneWidthInEitherLanguage(int width, int height, string culture)
    {
        await Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = Uri.EscapeDataString($"c={culture}|uic={culture}"), Url = Fixture.Address.ToString() }]);
        await Page.SetViewportSizeAsync(width, height);
        foreach (var path in new[] { "/?from=2026-10-01&to=2026-11-30", "/actors" })
        {
            await Page.GotoAsync(path);
            await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Equal(culture[..2], await Page.GetAttributeAsync("html", "lang"));
            var overflow = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} at {width}px scrolls sideways by {overflow}px");
        }
    }

    // A click before the circuit is up is lost; the page's language tells whether it arrived.
    private async Task SwitchLanguageAsync(string language)
    {
        for (var attempt = 0; attempt < 3 && await Page.GetAttributeAsync("html", "lang") != language; attempt++)
        {
            await Page.ClickAsync("[data-action=switch-language]");
            await Page.Locator($"html[lang={language}]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 10_000 })
                .ContinueWith(_ => { }, TaskScheduler.Default);
        }

        Assert.Equal(language, await Page.GetAttributeAsync("html", "lang"));
    }

    // The value axis's labels sit right of the plot's middle when the axis is on the right.
    private Task<bool> ValueAxisIsOnTheRightAsync() =>
        Page.EvaluateAsync<bool>("""
            () => {
                const chart = document.querySelector('[data-chart=volume] svg.apexcharts-svg').getBoundingClientRect();
                const axis = document.querySelector('[data-chart=volume] .apexcharts-yaxis').getBoundingClientRect();
                return axis.left + axis.width / 2 > chart.left + chart.width / 2;
            }
            """);

    private Task<double> BackgroundLuminanceAsync() =>
        LuminanceAsync("getComputedStyle(document.querySelector('.mud-main-content') ?? document.body).backgroundColor || getComputedStyle(document.body).backgroundColor");

    private Task<double> AxisLabelLuminanceAsync() =>
        LuminanceAsync("getComputedStyle(document.querySelector('[data-chart=volume] .apexcharts-yaxis-label')).fill");

    // Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white); a transparent colour reads as the body's.
    private async Task<double> LuminanceAsync(string colourExpression) =>
        await Page.EvaluateAsync<double>($$"""
            () => {
                let colour = {{colourExpression}};
                if (!colour || colour === 'rgba(0, 0, 0, 0)' || colour === 'transparent') colour = getComputedStyle(document.body).backgroundColor;
                const [r, g, b] = colour.match(/[\d.]+/g).slice(0, 3).map(Number).map(v => v / 255)
                    .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            }
            """);

    private static async Task WaitAsync(Func<Task<bool>> condition, string because)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, because);
            await Task.Delay(200);
        }
    }
}
