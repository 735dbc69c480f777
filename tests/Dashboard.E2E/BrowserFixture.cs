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

    /// <summary>
    /// Signs <paramref name="context"/> in as the user named <paramref name="userName"/> through the sign-in
    /// form's own endpoint, antiforgery token included; the browser context keeps the cookie. The form
    /// itself is exercised by <see cref="SignInTests"/>.
    /// </summary>
    public static async Task SignInAsync(IBrowserContext context, string userName)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = await context.APIRequest.GetAsync("login");
        var html = System.Net.WebUtility.HtmlDecode(await page.TextAsync());
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"(?<v>[^\"]+)\"").Groups["v"].Value;
        var form = context.APIRequest.CreateFormData();
        form.Set("UserName", userName);
        form.Set("Password", DashboardServer.Password);
        form.Set("ReturnUrl", "/");
        form.Set("__RequestVerificationToken", token);
        var response = await context.APIRequest.PostAsync("account/login", new APIRequestContextOptions { Form = form, MaxRedirects = 0 });
        if (response.Headers.GetValueOrDefault("location") != "/")
        {
            throw new InvalidOperationException($"signing in as {userName} gave {response.Status} to {response.Headers.GetValueOrDefault("location")}");
        }
    }

    public async Task InitializeAsync()
    {
        WatchFolder = Directory.CreateTempSubdirectory("dashboard-inbox-").FullName;
        _server = await DashboardServer.StartAsync(new Dictionary<string, string>
        {
            ["Ingest__WatchFolder"] = WatchFolder,
            ["Ingest__WatchSeconds"] = "1",
            ["Live__PollSeconds"] = "1",
        }, new Dictionary<string, string> { ["viewer"] = "viewer", ["editor"] = "editor", ["admin"] = "admin" });
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
