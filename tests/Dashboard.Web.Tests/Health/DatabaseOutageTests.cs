using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Web.Tests.Health;

public sealed class DatabaseOutageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-outage-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task APostgresServerThatIsDownAtStartLeavesTheAppRunningAndSayingSo()
    {
        // Port 1 on the loopback refuses at once: a server that is not there.
        await using var app = new AppOnDatabase("postgres", "Host=127.0.0.1;Port=1;Username=dashboard;Timeout=2");
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var api = await client.GetAsync(new Uri("/api/sources", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("the database does not answer", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("قاعدة البيانات غير متاحة", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Contains("The database is unavailable", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(api.Headers.RetryAfter);
    }

    [Fact]
    public async Task ACorruptSqliteFileIsReportedAndTheAppRecoversOnceTheFileIsReplaced()
    {
        var file = Path.Combine(_folder, "dashboard.db");
        await File.WriteAllTextAsync(file, "هذا ليس ملف قاعدة بيانات، بل نص عادي يكفي طوله لملء الترويسة" + new string('x', 200));
        await using var app = new AppOnDatabase("sqlite", $"Data Source={file};Pooling=False");
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var broken = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, broken.StatusCode);
        Assert.Contains("not a database", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The operator restores the file (here: removes it, and SQLite starts a new one); the background retry migrates it.
        File.Delete(file);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        HttpStatusCode status;
        do
        {
            await Task.Delay(500);
            using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
            status = health.StatusCode;
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);

        using var api = await client.GetAsync(new Uri("/api/sources", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task ADatabaseThatBreaksMidSessionAnswers503AndServesAgainOnceItIsBack()
    {
        var file = Path.Combine(_folder, "dashboard.db");
        await using var app = new AppOnDatabase("sqlite", $"Data Source={file};Pooling=False");
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var healthy = await client.GetAsync(new Uri("/api/sources", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);

        // Everything into the main file, which is then kept aside and overwritten, as a failing disk or a bad restore would.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync();
        }

        var good = await File.ReadAllBytesAsync(file);
        await File.WriteAllBytesAsync(file, [.. Enumerable.Repeat((byte)'x', good.Length)]);
        using var broken = await client.GetAsync(new Uri("/api/sources", UriKind.Relative));
        using var brokenHealth = await client.GetAsync(new Uri("/health", UriKind.Relative));

        await File.WriteAllBytesAsync(file, good);
        using var back = await client.GetAsync(new Uri("/api/sources", UriKind.Relative));
        using var backHealth = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, broken.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, brokenHealth.StatusCode);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(HttpStatusCode.OK, backHealth.StatusCode);
    }
}
