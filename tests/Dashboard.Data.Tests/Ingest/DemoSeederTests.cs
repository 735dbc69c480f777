using Dashboard.Core.Demo;
using Dashboard.Data.Ingest;

namespace Dashboard.Data.Tests.Ingest;

public sealed class DemoSeederTests
{
    [Fact]
    public async Task AnEmptyDatabaseGetsTheDemoCorpusOnce()
    {
        using var database = new TestDatabase();
        var seeder = new DemoSeeder(database.Store(), database.Articles);
        var options = new DemoCorpusOptions(1500, Seed: 3);

        Assert.Equal(1500, await seeder.SeedIfEmptyAsync(options));
        Assert.Equal(0, await seeder.SeedIfEmptyAsync(options));
        Assert.Equal(1500, await database.CountAsync("articles"));
    }
}
