using Microsoft.Data.Sqlite;

namespace Dashboard.Cli.Tests;

/// <summary>
/// kill -9 during ingest, 20 times at random points: no article is left half-written (every
/// stored article has exactly the mentions and facts a clean run gives it), nothing committed is
/// lost, and running the same ingest again completes it.
/// </summary>
public sealed class CrashDuringIngestTests : IDisposable
{
    private const int Rounds = 20;

    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-crash-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task AnIngestKilledAtRandomPointsLeavesNoPartialArticleAndCompletesWhenRunAgain()
    {
        var input = Path.Combine(_folder, "news.jsonl");
        await DashboardProcess.RunAsync(Path.Combine(_folder, "unused.db"), null, "demo", "--articles", "3000", "--seed", "11", "--output", input);
        var reference = Path.Combine(_folder, "reference.db");
        Assert.Equal(0, (await DashboardProcess.RunAsync(reference, null, "ingest", input)).ExitCode);
        var expected = Contents(reference);

        var victim = Path.Combine(_folder, "victim.db");
        var random = new Random(2024);
        var killedWithWork = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var stored = await KillDuringIngestAsync(victim, input, TimeSpan.FromMilliseconds(random.Next(300, 2000)));
            Assert.Equal("ok", KilledRun.IntegrityCheck(victim));
            Assert.Equal(0, await KilledRun.AggregateMismatchesAsync(victim));
            var partial = Contents(victim);
            Assert.All(partial, article => Assert.Equal(expected[article.Key], article.Value));
            Assert.True(partial.Count >= stored, "an article committed before the kill was lost");
            killedWithWork += partial.Count < expected.Count ? 1 : 0;
        }

        Assert.True(killedWithWork > 0, "every kill came after the ingest had finished; the test proved nothing");
        Assert.Equal(0, (await DashboardProcess.RunAsync(victim, null, "ingest", input)).ExitCode);
        Assert.Equal(expected, Contents(victim));
        Assert.Equal(0, await KilledRun.AggregateMismatchesAsync(victim));
    }

    // Starts the ingest, kills it with SIGKILL after the delay; returns how many articles were stored just before.
    private static async Task<int> KillDuringIngestAsync(string database, string input, TimeSpan delay)
    {
        var before = 0;
        await KilledRun.RunAsync(database, delay, () => before = File.Exists(database) ? Contents(database).Count : 0, "ingest", input);
        return before;
    }

    // Per stored article (by its id in the input): how many mentions and casualty facts it has.
    private static Dictionary<string, (long Mentions, long Facts)> Contents(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False;Default Timeout=30");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.external_id,
                   (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id),
                   (SELECT COUNT(*) FROM casualty_facts f WHERE f.article_id = a.id)
            FROM articles a
            """;
        try
        {
            using var reader = command.ExecuteReader();
            var contents = new Dictionary<string, (long, long)>();
            while (reader.Read())
            {
                contents[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2));
            }

            return contents;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == 1)
        {
            return []; // killed before the schema was created
        }
    }
}
