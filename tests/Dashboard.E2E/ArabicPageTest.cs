using Microsoft.Playwright;

namespace Dashboard.E2E;

/// <summary>A browser test on one fresh page of the shared app, in an Arabic browser context of its own.</summary>
public abstract class ArabicPageTest(BrowserFixture fixture, bool acceptDownloads = false) : IAsyncLifetime
{
    /// <summary>The browser context, for cookies and extra pages.</summary>
    protected IBrowserContext Context { get; private set; } = default!;

    /// <summary>The page under test.</summary>
    protected IPage Page { get; private set; } = default!;

    /// <summary>The app and browser shared by the collection.</summary>
    protected BrowserFixture Fixture => fixture;

    public async Task InitializeAsync()
    {
        Context = await fixture.NewArabicContextAsync(acceptDownloads);
        Page = await Context.NewPageAsync();
    }

    public async Task DisposeAsync() => await Context.CloseAsync();
}
