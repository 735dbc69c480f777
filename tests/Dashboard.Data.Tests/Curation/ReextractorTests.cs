using Dapper;
using Dashboard.Core.Demo;
using Dashboard.Data.Extraction;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Curation;

public sealed class ReextractorTests
{
    [Fact]
    public async Task ReextractingChangesNoCountWhenNothingWasCurated()
    {
        using var database = new TestDatabase();
        await database.Store().AddAsync([.. new DemoCorpusGenerator(new DemoCorpusOptions(600, Seed: 9, Days: 60)).Generate()]);
        var before = await SnapshotAsync(database);

        var seen = new List<ReextractionProgress>();
        await database.Reextractor.RunAsync(new Progress(seen.Add));

        Assert.Equal(before, await SnapshotAsync(database));
        Assert.Equal(new ReextractionProgress(600, 600), seen[^1]);
        Assert.True(seen.Count >= 3, "progress is reported per batch");
    }

    private static async Task<string> SnapshotAsync(TestDatabase database)
    {
        await using var connection = await database.Dialect.OpenAsync();
        var counts = await connection.QuerySingleAsync<(long, long, long, long)>(
            "SELECT (SELECT COUNT(*) FROM mentions), (SELECT COUNT(*) FROM casualty_facts), (SELECT COUNT(*) FROM incidents), (SELECT SUM(killed_high) FROM incidents)");
        var casualties = await database.Casualties.PerPeriodAsync(ArticleFilter.All, Granularity.Month);
        return $"{counts} {string.Join(';', casualties)}";
    }

    private sealed class Progress(Action<ReextractionProgress> report) : IProgress<ReextractionProgress>
    {
        public void Report(ReextractionProgress value) => report(value);
    }
}
