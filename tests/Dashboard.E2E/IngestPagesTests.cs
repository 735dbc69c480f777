using System.Text;
using Microsoft.Playwright;

namespace Dashboard.E2E;

/// <summary>Articles arriving through the browser (the upload page) and through the watched folder.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IngestPagesTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const string Lines = """
        {"id": "up-1", "title": "افتتاح معرض الكتاب في الرياض", "source": "سبق", "date": "2026-11-25 10:00:00", "body": "افتتح معرض الرياض الدولي للكتاب أبوابه أمام الزوار."}
        {"id": "up-2", "title": "أمطار غزيرة في جدة", "source": "سبق", "date": "2026-11-25 12:00:00", "body": "هطلت أمطار غزيرة على مدينة جدة صباح اليوم."}
        {"id": "up-3", "title": "", "source": "سبق", "date": "2026-11-25", "body": "نص بلا عنوان"}
        """;

    private IBrowserContext _context = default!;
    private IPage _page = default!;

    public async Task InitializeAsync()
    {
        _context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Address.ToString(), Locale = "ar" });
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync() => await _context.CloseAsync();

    [Fact]
    public async Task AnUploadedFileIsIngestedAndItsRejectionsListed()
    {
        await BrowserFixture.SignInAsync(_context, "editor");
        await _page.GotoAsync("/upload");
        await _page.Locator("[data-role=upload][data-interactive=true]").WaitForAsync();
        await _page.Locator("[data-role=upload] input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "batch.jsonl",
            MimeType = "application/x-ndjson",
            Buffer = Encoding.UTF8.GetBytes(Lines),
        });

        await Assertions.Expect(_page.Locator("[data-role=result] [data-role=read]")).ToHaveTextAsync("2", new() { Timeout = 30_000 });
        await Assertions.Expect(_page.Locator("[data-role=result] [data-role=rejected]")).ToHaveTextAsync("1");
        await Assertions.Expect(_page.Locator("[data-role=result]")).ToContainTextAsync("'title' is missing");
    }

    [Fact]
    public async Task AFileDroppedInTheWatchedFolderIsIngestedAndMovedToDone()
    {
        var file = Path.Combine(fixture.WatchFolder, "dropped.jsonl");
        await File.WriteAllTextAsync(file, Lines.Replace("up-", "drop-", StringComparison.Ordinal));

        var done = Path.Combine(fixture.WatchFolder, "done", "dropped.jsonl");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(done + ".report.txt") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        Assert.False(File.Exists(file), "the file should have left the watched folder");
        var report = await File.ReadAllTextAsync(done + ".report.txt");
        Assert.Contains("read 2", report, StringComparison.Ordinal);
        Assert.Contains("'title' is missing", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALinkInTheWatchedFolderToAFileOutsideIsRefusedUnread()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"outside-{Guid.NewGuid():N}.jsonl");
        var word = string.Concat(Guid.NewGuid().ToByteArray().Take(6).Select(b => (char)('ب' + (b % 20))));
        await File.WriteAllTextAsync(outside, $$"""{"id": "link-1", "title": "ملف سري {{word}}", "source": "سبق", "date": "2026-11-25 10:00:00", "body": "نص سري {{word}} لا يجوز أن يقرأ."}""" + "\n");
        var link = Path.Combine(fixture.WatchFolder, "../../secret.jsonl".Replace('/', '_'));
        File.CreateSymbolicLink(link, outside);

        var rejected = Path.Combine(fixture.WatchFolder, "rejected", Path.GetFileName(link) + ".report.txt");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(rejected) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        using var http = new HttpClient { BaseAddress = fixture.Address };
        var found = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("api/articles?q=" + Uri.EscapeDataString(word)));
        Assert.Contains("is a link", await File.ReadAllTextAsync(rejected), StringComparison.Ordinal);
        Assert.True(File.Exists(outside), "the file outside must stay where it is");
        Assert.Equal(0, found.RootElement.GetProperty("total").GetInt64());
        File.Delete(outside);
    }
}
