using Dashboard.Core.Demo;
using Dashboard.Core.Extraction;
using Dashboard.Data.Aggregates;
using Dashboard.Data.Articles;
using Dashboard.Data.Copying;
using Dashboard.Data.Dialects;
using Dashboard.Data.Migrations;
using Dashboard.Data.Queries;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Tests.Copying;

/// <summary>
/// An embedded deployment moved to the server engine answers every panel as it did. Needs the PostgreSQL run:
/// the test database is then the (empty) target, and the SQLite source is made beside it.
/// </summary>
public sealed class SqliteToPostgresCopyTests : IDisposable
{
    private static readonly NewsTextAnalyzer Analyzer = new();
    private readonly TestDatabase _target = new();
    private readonly SqliteDialect _source;

    public SqliteToPostgresCopyTests()
    {
        _source = new SqliteDialect($"Data Source={Path.Combine(_target.Folder, "embedded.db")}");
        new SchemaMigrator(_source).Migrate();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _target.Dispose();
    }

    private PostgresDialect Target => (PostgresDialect)_target.Dialect;

    [SkippableFact]
    public async Task ACopiedDatabaseAnswersEveryPanelAsTheSqliteOneDid()
    {
        Skip.IfNot(TestDatabase.IsPostgres, "copies into PostgreSQL: this run's engine is SQLite");
        await StoreDemoAsync(250);

        var copied = await new SqliteToPostgresCopy(_source, Target).CopyAsync();

        Assert.True(Assert.Single(copied, t => t.Table == "articles").Rows > 200, "the demo's articles, less its exact duplicates");
        foreach (var table in copied)
        {
            Assert.Equal(table.TotalRows, table.Rows);
            Assert.Equal(table.Rows, await _target.CountAsync(table.Table));
        }

        var all = ArticleFilter.All;
        Assert.Equal(await new VolumeQueries(_source).PerPeriodAsync(all, Granularity.Month), await new VolumeQueries(Target).PerPeriodAsync(all, Granularity.Month));
        Assert.Equal(await new VolumeQueries(_source).PerSourceAsync(all), await new VolumeQueries(Target).PerSourceAsync(all));
        Assert.Equal(await new ActorQueries(_source).TopAsync(all, null, 20), await new ActorQueries(Target).TopAsync(all, null, 20));
        Assert.Equal(await new CasualtyQueries(_source).PerPeriodAsync(all, Granularity.Week), await new CasualtyQueries(Target).PerPeriodAsync(all, Granularity.Week));
        Assert.Equal(await new CasualtyQueries(_source).LargestAsync(all, 10), await new CasualtyQueries(Target).LargestAsync(all, 10));
        var searched = await new ArticleQueries(_source).PageAsync(all, "بغداد", 1, 50);
        Assert.True(searched.Total > 0, "the demo mentions Baghdad, so the search has hits to compare");
        Assert.Equal(searched.Total, (await new ArticleQueries(Target).PageAsync(all, "بغداد", 1, 50)).Total);
        Assert.Equal(0, await new DailyAggregates(Target).MismatchesAsync());
        await using var connection = await Target.OpenAsync();
        Assert.Equal(1, await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection,
            "SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'article_search' AND indexdef LIKE '%USING gin%'"));
    }

    [SkippableFact]
    public async Task ArticlesAddedAfterTheCopyTakeIdsAfterTheCopiedOnes()
    {
        Skip.IfNot(TestDatabase.IsPostgres, "copies into PostgreSQL: this run's engine is SQLite");
        await StoreDemoAsync(20);
        var last = await new ArticleQueries(_source).LastIdAsync();
        await new SqliteToPostgresCopy(_source, Target).CopyAsync();

        await new ArticleStore(Target, Analyzer, TimeProvider.System).AddAsync([Sample.Article("الجزيرة نت", "2026-11-30T08:00:00Z", "مقتل 3 أشخاص في انفجار في الموصل.", "انفجار في الموصل")]);

        Assert.Equal(last + 1, await new ArticleQueries(Target).LastIdAsync());
    }

    [SkippableFact]
    public async Task ACopyIntoADatabaseThatHoldsArticlesIsRefusedAndAddsNothing()
    {
        Skip.IfNot(TestDatabase.IsPostgres, "copies into PostgreSQL: this run's engine is SQLite");
        await StoreDemoAsync(20);
        await _target.Store().AddAsync([Sample.Article("راي اليوم", "2026-11-29T08:00:00Z")]);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => new SqliteToPostgresCopy(_source, Target).CopyAsync());

        Assert.Contains("already holds 1 articles", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, await _target.CountAsync("articles"));
    }

    private async Task StoreDemoAsync(int articles)
    {
        var corpus = new DemoCorpusGenerator(new DemoCorpusOptions(articles, Seed: 11)).Generate().ToList();
        await new ArticleStore(_source, Analyzer, TimeProvider.System).AddAsync(corpus);
    }
}
