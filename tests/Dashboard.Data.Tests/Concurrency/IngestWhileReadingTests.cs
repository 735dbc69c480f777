using Dashboard.Core.Demo;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Concurrency;

/// <summary>
/// Ingest while dashboards are in use: readers running every panel query in a loop never meet a busy
/// or locked error (SQLite: WAL and a busy timeout; PostgreSQL: its own concurrency and the pool), and
/// they see the counts grow as batches commit, never a batch half-counted.
/// </summary>
public sealed class IngestWhileReadingTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ReadersRunningEveryPanelDuringAnIngestMeetNoErrorAndSeeWholeBatchesOnly()
    {
        var corpus = new DemoCorpusGenerator(new DemoCorpusOptions(1200, Seed: 21, Days: 90)).Generate().ToList();
        var batches = corpus.Chunk(100).ToList();
        var store = _database.Store();
        using var stop = new CancellationTokenSource();
        var committed = new List<long> { 0 };
        var seen = new System.Collections.Concurrent.ConcurrentBag<long>();

        async Task ReadAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                var sources = await _database.Volume.PerSourceAsync(ArticleFilter.All);
                seen.Add(sources.Sum(s => s.Articles));
                await _database.Volume.PerPeriodAsync(ArticleFilter.All, Granularity.Week);
                await _database.Actors.TopAsync(ArticleFilter.All, null, 20);
                await _database.Casualties.PerPeriodAsync(ArticleFilter.All, Granularity.Week);
                await _database.Articles.PageAsync(ArticleFilter.All, null, 1, 50);
            }
        }

        // Threads of their own: the ingest's parallel extraction would otherwise keep the pool busy.
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Factory.StartNew(ReadAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap()).ToList();
        while (seen.IsEmpty)
        {
            await Task.Delay(10);
        }
        foreach (var batch in batches)
        {
            // The only writer: the total after each commit is every state a reader may see.
            await store.AddAsync(batch);
            committed.Add((await _database.Volume.PerSourceAsync(ArticleFilter.All)).Sum(s => s.Articles));
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.NotEmpty(seen);
        Assert.All(seen, count => Assert.Contains(count, committed));
        Assert.Contains(seen, count => count > 0 && count < committed[^1]);
        Assert.Equal(0, await new Dashboard.Data.Aggregates.DailyAggregates(_database.Dialect).MismatchesAsync());
    }
}
