using Dashboard.Core.Demo;
using Dashboard.Data.Extraction;

namespace Dashboard.Data.Tests.Aggregates;

/// <summary>Each report folds its figures into its incident; the stored figures stay equal to a recount of the incident's facts.</summary>
public sealed class IncidentFiguresTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private IncidentAudit Audit => new(_database.Dialect);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task IncidentsBuiltInAnyOrderEqualARecountOfTheirFacts(int seed)
    {
        // Shuffled and in several batches: reports join incidents across batches and link incidents that were apart, which merges them.
        var corpus = new DemoCorpusGenerator(new DemoCorpusOptions(600, Seed: 7)).Generate().ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(corpus));
        foreach (var batch in corpus.Chunk(150))
        {
            await _database.Store().AddAsync(batch);
        }

        Assert.True(await _database.CountAsync("incidents") > 10);
        Assert.True(await _database.CountAsync("incidents WHERE reports > 1") > 0);
        Assert.Equal(0, await Audit.MismatchesAsync());
    }

    [Fact]
    public async Task ReextractionRebuildsThemExactly()
    {
        await _database.Store().AddAsync(new DemoCorpusGenerator(new DemoCorpusOptions(300, Seed: 3)).Generate().ToList());

        await _database.Reextractor.RunAsync();

        Assert.True(await _database.CountAsync("incidents") > 0);
        Assert.Equal(0, await Audit.MismatchesAsync());
    }

    [Theory]
    [InlineData("UPDATE incidents SET killed_high = killed_high + 1 WHERE id = (SELECT MIN(id) FROM incidents WHERE killed_high IS NOT NULL)")]
    [InlineData("UPDATE incidents SET reports = reports + 1 WHERE id = (SELECT MAX(id) FROM incidents)")]
    [InlineData("UPDATE incidents SET first_reported = last_reported WHERE id = (SELECT MIN(id) FROM incidents WHERE first_reported < last_reported)")]
    [InlineData("INSERT INTO incidents (first_reported, last_reported, reports) SELECT first_reported, last_reported, 1 FROM incidents WHERE id = (SELECT MIN(id) FROM incidents)")]
    public async Task AWrongIncidentIsFound(string corruption)
    {
        await _database.Store().AddAsync(new DemoCorpusGenerator(new DemoCorpusOptions(300, Seed: 3)).Generate().ToList());
        Assert.Equal(0, await Audit.MismatchesAsync());

        await _database.ExecuteAsync(corruption);

        Assert.Equal(1, await Audit.MismatchesAsync());
    }
}
