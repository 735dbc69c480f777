using Microsoft.Data.Sqlite;

namespace Dashboard.Cli.Tests;

/// <summary>
/// kill -9 during re-extraction, 20 times at random points: the file stays sound, every article
/// keeps exactly the mentions and facts extraction gives it, the per-day aggregates still equal a
/// recount of the raw rows, and running it again completes it with the incidents of a clean run.
/// </summary>
public sealed class CrashDuringReextractionTests : IDisposable
{
    private const int Rounds = 20;

    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-crash-reextract-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task AReextractionKilledAtRandomPointsKeepsEveryCountExactAndCompletesWhenRunAgain()
    {
        var input = Path.Combine(_folder, "news.jsonl");
        await DashboardProcess.RunAsync(Path.Combine(_folder, "unused.db"), null, "demo", "--articles", "3000", "--seed", "12", "--output", input);
        var reference = Path.Combine(_folder, "reference.db");
        Assert.Equal(0, (await DashboardProcess.RunAsync(reference, null, "ingest", input)).ExitCode);
        var victim = Path.Combine(_folder, "victim.db");
        File.Copy(reference, victim);
        Assert.Equal(0, (await DashboardProcess.RunAsync(reference, null, "reextract")).ExitCode);
        var expected = Scalar(reference, "SELECT COUNT(*) || '/' || SUM(reports) FROM incidents");

        var random = new Random(7);
        var killedMidway = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var exited = await KillDuringReextractionAsync(victim, TimeSpan.FromMilliseconds(random.Next(300, 2000)));
            killedMidway += exited ? 0 : 1;
            Assert.Equal("ok", KilledRun.IntegrityCheck(victim));
            Assert.Equal(0, await KilledRun.AggregateMismatchesAsync(victim));
            Assert.Equal(Scalar(reference, PerArticle), Scalar(victim, PerArticle));
        }

        Assert.True(killedMidway > 0, "every kill came after the re-extraction had finished; the test proved nothing");
        Assert.Equal(0, (await DashboardProcess.RunAsync(victim, null, "reextract")).ExitCode);
        Assert.Equal(expected, Scalar(victim, "SELECT COUNT(*) || '/' || SUM(reports) FROM incidents"));
        Assert.Equal(0, await KilledRun.AggregateMismatchesAsync(victim));
    }

    // A digest of how many mentions and facts each article has, in id order.
    private const string PerArticle = """
        SELECT group_concat(n, ',') FROM (
            SELECT (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id) || ':' || (SELECT COUNT(*) FROM casualty_facts f WHERE f.article_id = a.id) AS n
            FROM articles a ORDER BY a.id)
        """;

    // Starts a re-extraction and kills it with SIGKILL after the delay; returns whether it had already finished.
    private static Task<bool> KillDuringReextractionAsync(string database, TimeSpan delay) =>
        KilledRun.RunAsync(database, delay, null, "reextract");

    private static string Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False;Default Timeout=30");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
