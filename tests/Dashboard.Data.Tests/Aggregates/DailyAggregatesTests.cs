using Dapper;
using Dashboard.Core.Demo;
using Dashboard.Data.Aggregates;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Aggregates;

/// <summary>The per-day aggregates the panels read stay equal to a recount of the raw tables through every change.</summary>
public sealed class DailyAggregatesTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private DailyAggregates Aggregates => new(_database.Dialect);

    [Fact]
    public async Task IngestKeepsTheAggregatesEqualToARecount()
    {
        await StoreDemoAsync(300);

        Assert.True(await _database.CountAsync("daily_source_articles") > 0);
        Assert.True(await _database.CountAsync("daily_actor_mentions") > 0);
        Assert.Equal(0, await Aggregates.MismatchesAsync());
    }

    [Fact]
    public async Task ReextractionAndCurationKeepThemExact()
    {
        await StoreDemoAsync(300);
        var people = await _database.Curation.ListAsync("person", null, 5);

        await _database.Curation.MergeAsync(people[1].Id, people[0].Id);
        Assert.Equal(0, await Aggregates.MismatchesAsync());

        await _database.Reextractor.RunAsync();
        Assert.Equal(0, await Aggregates.MismatchesAsync());

        var outlets = await new Dashboard.Data.Sources.SourceCatalog(_database.Dialect).ListAsync();
        await new Dashboard.Data.Sources.SourceCatalog(_database.Dialect).MergeAsync(outlets[1].Name, outlets[0].Name);
        Assert.Equal(0, await Aggregates.MismatchesAsync());
    }

    [Fact]
    public async Task ABatchThatFailsLeavesTheAggregatesAsTheyWere()
    {
        await StoreDemoAsync(50);
        await _database.RefuseArticlesTitledAsync("يرفض");

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => _database.Store().AddAsync(
            [Sample.Article("راي اليوم", "2017-01-19T00:00:00Z"), Sample.Article("راي اليوم", "2017-01-20T00:00:00Z", title: "يرفض")]));

        Assert.Equal(0, await Aggregates.MismatchesAsync());
    }

    [Theory]
    [InlineData("UPDATE daily_source_articles SET articles = articles + 1 WHERE source_id = (SELECT MIN(source_id) FROM daily_source_articles)")]
    [InlineData("DELETE FROM daily_actor_mentions WHERE actor_id = (SELECT MIN(actor_id) FROM daily_actor_mentions)")]
    [InlineData("UPDATE daily_actor_totals SET mentions = mentions + 1 WHERE actor_id = (SELECT MIN(actor_id) FROM daily_actor_totals)")]
    [InlineData("UPDATE monthly_source_articles SET articles = articles + 1 WHERE source_id = (SELECT MIN(source_id) FROM monthly_source_articles)")]
    [InlineData("DELETE FROM monthly_actor_totals WHERE actor_id = (SELECT MIN(actor_id) FROM monthly_actor_totals)")]
    [InlineData("UPDATE monthly_incidents SET killed_max = killed_max + 1 WHERE month = (SELECT MIN(month) FROM monthly_incidents)")]
    public async Task AMismatchIsFoundWhenAnAggregateRowIsWrong(string corruption)
    {
        await StoreDemoAsync(50);

        await _database.ExecuteAsync(corruption);

        Assert.True(await Aggregates.MismatchesAsync() > 0);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("person", false)]
    [InlineData("place", false)]
    [InlineData(null, true)]
    [InlineData("organization", true)]
    public async Task TopActorsFromTheAggregatesEqualTheCountsOfTheRawMentions(string? kind, bool oneOutlet)
    {
        await StoreDemoAsync(300);
        var lastDay = (await _database.Articles.CoverageAsync()).LastDay!.Value;
        var outlet = oneOutlet ? (await _database.Volume.PerSourceAsync(ArticleFilter.All))[0].Source : null;
        var filter = new ArticleFilter(lastDay.AddDays(-60), lastDay, outlet is null ? null : [outlet]);

        var top = await _database.Actors.TopAsync(filter, kind, 10);

        await using var connection = await _database.Dialect.OpenAsync();
        foreach (var actor in top)
        {
            var raw = await connection.QuerySingleAsync<(long Articles, long Mentions)>(
                "SELECT COUNT(DISTINCT m.article_id), COUNT(*) FROM mentions m JOIN articles a ON a.id = m.article_id JOIN sources s ON s.id = a.source_id WHERE m.actor_id = @Id AND a.published_at >= @From AND a.published_at < @Until AND (@Outlet IS NULL OR s.name = @Outlet)",
                new { actor.Id, Outlet = outlet, From = _database.Dialect.Timestamp(new DateTimeOffset(filter.From!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)), Until = _database.Dialect.Timestamp(new DateTimeOffset(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)) });
            Assert.Equal(raw, (actor.Articles, actor.Mentions));
        }
    }

    [Fact]
    public async Task VolumeFromTheAggregatesEqualsTheVolumeOfTheRawArticles()
    {
        await StoreDemoAsync(300);
        var actor = (await _database.Actors.TopAsync(ArticleFilter.All, null, 1))[0].Canonical;

        // An actor filter reads the raw rows; the same outlets and days without it read the aggregates.
        var perSource = await _database.Volume.PerSourceAsync(ArticleFilter.All);
        var rawTotal = await _database.CountAsync("articles");
        var perDay = await _database.Volume.PerPeriodAsync(ArticleFilter.All, Granularity.Day);
        var filtered = await _database.Volume.PerSourceAsync(new ArticleFilter(Actors: [actor]));

        Assert.Equal(rawTotal, perSource.Sum(s => s.Articles));
        Assert.Equal(rawTotal, perDay.Sum(p => p.Articles));
        Assert.InRange(filtered.Sum(s => s.Articles), 1, rawTotal - 1);
    }

    [Theory]
    [InlineData(-200, 0)]
    [InlineData(-75, -20)]
    [InlineData(-20, -5)]
    [InlineData(null, -100)]
    [InlineData(-100, null)]
    [InlineData(null, null)]
    public async Task CountsThatReadWholeMonthsFromTheMonthlyTablesEqualTheRawCounts(int? fromDays, int? toDays)
    {
        await StoreDemoAsync(300);
        var lastDay = (await _database.Articles.CoverageAsync()).LastDay!.Value;
        var filter = new ArticleFilter(fromDays is { } f ? lastDay.AddDays(f) : null, toDays is { } t ? lastDay.AddDays(t) : null);
        var range = new
        {
            From = _database.Dialect.Timestamp(new DateTimeOffset((filter.From ?? DateOnly.MinValue).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)),
            Until = _database.Dialect.Timestamp(new DateTimeOffset((filter.To ?? lastDay).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)),
        };

        var perMonth = await _database.Volume.PerPeriodAsync(filter, Granularity.Month);
        var perSource = await _database.Volume.PerSourceAsync(filter);
        var casualties = await _database.Casualties.PerPeriodAsync(filter, Granularity.Month);
        var top = await _database.Actors.TopAsync(filter, null, 1);

        await using var connection = await _database.Dialect.OpenAsync();
        var month = _database.Dialect.PeriodStart(Granularity.Month, "published_at");
        var rawMonths = (await connection.QueryAsync<(string Period, long Articles)>(
            $"SELECT {month} AS p, COUNT(*) FROM articles WHERE published_at >= @From AND published_at < @Until GROUP BY {month} ORDER BY p", range)).ToList();
        var rawIncidents = await connection.QuerySingleAsync<(long Incidents, long Killed, long Reports)>(
            "SELECT COUNT(*), COALESCE(SUM(COALESCE(killed_high, 0)), 0), COALESCE(SUM(reports), 0) FROM incidents WHERE first_reported >= @From AND first_reported < @Until", range);
        Assert.Equal(rawMonths, perMonth.GroupBy(p => p.Period).Select(g => (g.Key, g.Sum(p => p.Articles))).ToList());
        Assert.Equal(rawMonths.Sum(m => m.Articles), perSource.Sum(s => s.Articles));
        Assert.Equal(rawIncidents, (casualties.Sum(c => c.Incidents), casualties.Sum(c => c.KilledMax), casualties.Sum(c => c.Reports)));
        Assert.True(rawIncidents.Incidents > 0 || fromDays == -20, "the demo corpus reports incidents in every longer range");
        var rawTop = await connection.QuerySingleAsync<long>(
            "SELECT COUNT(DISTINCT m.article_id) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.actor_id = @Id AND a.published_at >= @From AND a.published_at < @Until",
            new { top[0].Id, range.From, range.Until });
        Assert.Equal(rawTop, top[0].Articles);
    }

    private async Task StoreDemoAsync(int articles)
    {
        var corpus = new DemoCorpusGenerator(new DemoCorpusOptions(articles, Seed: 7)).Generate().ToList();
        await _database.Store().AddAsync(corpus);
    }
}
