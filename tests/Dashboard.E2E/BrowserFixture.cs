using Microsoft.Playwright;

namespace Dashboard.E2E;

/// <summary>One app server and one headless Chromium shared by the E2E tests of a collection.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where Debian's Chromium lives; the test command installs it when missing.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private DashboardServer? _server;

    public IBrowser Browser { get; private set; } = default!;

    public Uri Address => _server!.Address;

    /// <summary>The folder the app under test watches for files to ingest.</summary>
    public string WatchFolder { get; private set; } = "";

    public string ServerLog => _server?.Log ?? "";

    /// <summary>A browser context on the app with an Arabic locale and a desktop window.</summary>
    public Task<IBrowserContext> NewArabicContextAsync(bool acceptDownloads = false) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "ar",
            AcceptDownloads = acceptDownloads,
        });

    public async Task InitializeAsync()
    {
        WatchFolder = Directory.CreateTempSubdirectory("dashboard-inbox-").FullName;
        _server = await DashboardServer.StartAsync(new Dictionary<string, string>
        {
            ["Ingest__WatchFolder"] = WatchFolder,
            ["Ingest__WatchSeconds"] = "1",
            ["Live__PollSeconds"] = "1",
        });
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
