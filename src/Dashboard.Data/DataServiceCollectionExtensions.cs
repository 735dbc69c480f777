using Dashboard.Data.Articles;
using Dashboard.Data.Configuration;
using Dashboard.Data.Dialects;
using Dashboard.Data.Migrations;
using Dashboard.Data.Queries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Dashboard.Core.Extraction;

namespace Dashboard.Data;

/// <summary>Registers the database: the dialect chosen by configuration, the migrator, stores and queries.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>Adds the data layer configured by <c>Database:Provider</c> and <c>ConnectionStrings:Dashboard</c>.</summary>
    public static IServiceCollection AddDashboardData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = DatabaseOptions.From(configuration);
        services.AddSingleton(options);
        var dialect = DialectFactory.Create(options);
        services.AddSingleton(dialect);
        var gate = QueryGate.From(configuration);
        services.AddSingleton(gate);
        services.AddSingleton(new QueryCache(dialect.Writes, QueryCacheSettings.From(configuration), gate));
        services.AddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITextAnalyzer, NewsTextAnalyzer>();
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<ArticleStore>();
        services.AddSingleton<VolumeQueries>();
        services.AddSingleton<Ingest.InputReader>();
        services.AddSingleton(new HttpClient { Timeout = TimeSpan.FromSeconds(30), DefaultRequestHeaders = { { "User-Agent", "ArabicNewsDashboard/1.0" } } });
        services.AddSingleton<Ingest.FeedFetcher>();
        services.AddSingleton<Ingest.FileIngester>();
        services.AddSingleton<Ingest.DemoSeeder>();
        services.AddSingleton<ArticleQueries>();
        services.AddSingleton<ActorQueries>();
        services.AddSingleton<Curation.ActorCuration>();
        services.AddSingleton<Sources.SourceCatalog>();
        services.AddSingleton<Extraction.Reextractor>();
        services.AddSingleton<CasualtyQueries>();
        services.AddSingleton<Search.SearchIndex>();
        services.AddSingleton<ArticleDetailQueries>();
        services.AddSingleton<Aggregates.DailyAggregates>();
        services.AddSingleton<Security.ApiKeys>();
        services.TryAddSingleton(Security.LockoutPolicy.Default);
        services.AddSingleton<Security.UserAccounts>();
        return services;
    }
}
