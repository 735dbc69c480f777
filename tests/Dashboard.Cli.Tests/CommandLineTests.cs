using System.Text.Json;

namespace Dashboard.Cli.Tests;

public sealed class CommandLineTests : IDisposable
{
    private const string Export = "اخبار العراق الان\n\nمقتل 12 شخصا في بغداد\n\n2017-01-19 00:00:00 - المصدر: راي اليوم\n\nبغداد ـ (أ ف ب) – قتل 12 شخصا.\n";
    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-cli-").FullName;

    private string Database => Path.Combine(_folder, "dashboard.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task AKeyIsPrintedOnceListedByNameAndRevokedById()
    {
        var added = await DashboardProcess.RunAsync(Database, null, "keys", "add", "مزود الأخبار");
        var key = added.Output.Trim();
        var listed = await DashboardProcess.RunAsync(Database, null, "keys", "list");
        var revoked = await DashboardProcess.RunAsync(Database, null, "keys", "revoke", "1");
        var again = await DashboardProcess.RunAsync(Database, null, "keys", "revoke", "1");

        Assert.Equal(0, added.ExitCode);
        Assert.StartsWith("dash_", key, StringComparison.Ordinal);
        Assert.Contains("مزود الأخبار", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(key, listed.Output, StringComparison.Ordinal);
        Assert.Equal(0, revoked.ExitCode);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("no working key 1", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFirstAdminIsAddedWithAPasswordFromStandardInputAndListedWithoutIt()
    {
        const string password = "كلمة-سر-طويلة-2017";
        var added = await DashboardProcess.RunAsync(Database, password + "\n", "users", "add", "مدير", "--role", "admin");
        var editor = await DashboardProcess.RunAsync(Database, password + "\n", "users", "add", "محرر", "--role", "editor");
        var listed = await DashboardProcess.RunAsync(Database, null, "users", "list");

        Assert.Equal(0, added.ExitCode);
        Assert.Contains("مدير", added.Output, StringComparison.Ordinal);
        Assert.Contains("admin", added.Output, StringComparison.Ordinal);
        Assert.Equal(0, editor.ExitCode);
        Assert.Contains("محرر", listed.Output, StringComparison.Ordinal);
        Assert.Contains("editor", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(password, listed.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("كلمة-سر-طويلة-2017\n", "--role", "owner", "'owner' is not a role")]
    [InlineData("قصيرة\n", "--role", "editor", "at least 10 characters")]
    public async Task ABadRoleOrShortPasswordIsRefusedSayingWhy(string input, string option, string value, string expected)
    {
        var refused = await DashboardProcess.RunAsync(Database, input, "users", "add", "محرر", option, value);
        var listed = await DashboardProcess.RunAsync(Database, null, "users", "list");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains(expected, refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("محرر", listed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLastAdminCannotBeRemovedFromTheCommandLine()
    {
        await DashboardProcess.RunAsync(Database, "كلمة-سر-طويلة-2017\n", "users", "add", "مدير", "--role", "admin");

        var refused = await DashboardProcess.RunAsync(Database, null, "users", "remove", "مدير");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("last admin", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReadKeyIsMadeWithItsScopeAndAnUnknownScopeIsRefused()
    {
        var read = await DashboardProcess.RunAsync(Database, null, "keys", "add", "لوحة", "--scope", "read");
        var listed = await DashboardProcess.RunAsync(Database, null, "keys", "list");
        var unknown = await DashboardProcess.RunAsync(Database, null, "keys", "add", "لوحة", "--scope", "admin");

        Assert.Equal(0, read.ExitCode);
        Assert.Contains("read", listed.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, unknown.ExitCode);
    }

    [Fact]
    public async Task IngestStoresAFileOnceAndSaysSo()
    {
        var file = Path.Combine(_folder, "article.txt");
        await File.WriteAllTextAsync(file, Export);
        var report = Path.Combine(_folder, "report.json");

        var first = await DashboardProcess.RunAsync(Database, null, "ingest", file);
        var second = await DashboardProcess.RunAsync(Database, null, "ingest", file, "--report", report);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        Assert.Equal(1, json.RootElement.GetProperty("read").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public async Task IngestFailsOnlyWhenNothingCouldBeRead()
    {
        var bad = Path.Combine(_folder, "bad.txt");
        await File.WriteAllTextAsync(bad, "ليس ملف أخبار");

        var result = await DashboardProcess.RunAsync(Database, null, "ingest", bad);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("bad.txt", result.Output, StringComparison.Ordinal);
        Assert.Contains("not a supported format", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACopyToAPostgresServerThatIsNotThereFailsSayingSo()
    {
        var (exitCode, _, error) = await DashboardProcess.RunAsync(Database, null, "copy-to-postgres", "Host=127.0.0.1;Port=1;Username=dashboard;Database=absent;Timeout=3");

        Assert.Equal(1, exitCode);
        Assert.Contains("The copy into PostgreSQL failed and left the target as it was", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractAnswersOnStandardOutput()
    {
        var result = await DashboardProcess.RunAsync(Database, "{\"id\": \"a1\", \"text\": \"مقتل اكثر من 80 مقاتلا\"}\nbroken\n", "extract");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("a1", JsonDocument.Parse(lines[0]).RootElement.GetProperty("id").GetString());
        Assert.Equal(2, JsonDocument.Parse(lines[1]).RootElement.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task ExtractReadsAndWritesFiles()
    {
        var input = Path.Combine(_folder, "in.jsonl");
        var output = Path.Combine(_folder, "out.jsonl");
        await File.WriteAllTextAsync(input, "{\"id\": \"x\", \"title\": \"عنوان\", \"body\": \"نص\"}\n");

        var result = await DashboardProcess.RunAsync(Database, null, "extract", "--input", input, "--output", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("x", JsonDocument.Parse(await File.ReadAllTextAsync(output)).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task ExtractFailsWhenTheInputCannotBeRead()
    {
        var result = await DashboardProcess.RunAsync(Database, null, "extract", "--input", Path.Combine(_folder, "missing.jsonl"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("cannot read the input", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoWritesTheSameJsonLinesForTheSameSeed()
    {
        var first = Path.Combine(_folder, "a.jsonl");
        var second = Path.Combine(_folder, "b.jsonl");

        await DashboardProcess.RunAsync(Database, null, "demo", "--articles", "50", "--seed", "4", "--output", first);
        await DashboardProcess.RunAsync(Database, null, "demo", "--articles", "50", "--seed", "4", "--output", second);

        var lines = await File.ReadAllLinesAsync(first);
        Assert.Equal(50, lines.Length);
        Assert.Equal(lines, await File.ReadAllLinesAsync(second));
        var record = JsonDocument.Parse(lines[0]).RootElement;
        Assert.All(["id", "title", "source", "date", "url", "body"], name => Assert.True(record.TryGetProperty(name, out _), name));
    }

    [Theory]
    [InlineData("jsonl", "demo.jsonl")]
    [InlineData("json", "demo.json")]
    [InlineData("csv", "demo.csv")]
    [InlineData("rss", "demo.xml")]
    [InlineData("text", "exports")]
    public async Task DemoFilesOfEveryFormatIngestWhole(string format, string name)
    {
        var output = Path.Combine(_folder, name);
        var report = Path.Combine(_folder, format + ".report.json");

        await DashboardProcess.RunAsync(Database, null, "demo", "--articles", "40", "--seed", "6", "--format", format, "--output", output);
        var result = await DashboardProcess.RunAsync(Database, null, "ingest", output, "--report", report);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        Assert.Equal(40, json.RootElement.GetProperty("read").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("rejected").GetArrayLength());
    }
}
