using Dashboard.Core.Demo;
using Dashboard.Data.Articles;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Ingest;

/// <summary>Fills a database with the project's generated demo corpus.</summary>
public sealed class DemoSeeder(ArticleStore store, ArticleQueries articles)
{
    private const int BatchSize = 1000;

    /// <summary>Stores the demo corpus; returns how many articles were added.</summary>
    public async Task<int> SeedAsync(DemoCorpusOptions options, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var added = 0;
        foreach (var batch in new DemoCorpusGenerator(options).Generate().Chunk(BatchSize))
        {
            var outcomes = await store.AddAsync(batch, cancellationToken);
            added += outcomes.Count(o => o is StoreOutcome.Added or StoreOutcome.AddedNearDuplicate);
            progress?.Report(added);
        }

        return added;
    }

    /// <summary>Stores the demo corpus only when the database has no article yet; returns how many were added.</summary>
    public async Task<int> SeedIfEmptyAsync(DemoCorpusOptions options, CancellationToken cancellationToken = default)
    {
        var coverage = await articles.CoverageAsync(cancellationToken);
        return coverage.Articles > 0 ? 0 : await SeedAsync(options, cancellationToken: cancellationToken);
    }
}
