using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

public sealed class VolumeQueriesTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public VolumeQueriesTests()
    {
        // Two outlets over two weeks: Monday 2017-01-16, Thursday 2017-01-19 (twice), Monday 2017-01-23, and one in February.
        _database.Store().AddAsync(
        [
            Sample.Article("راي اليوم", "2017-01-16T08:00:00Z", "خبر أول"),
            Sample.Article("راي اليوم", "2017-01-19T00:00:00Z", "خبر ثان"),
            Sample.Article("راي اليوم", "2017-01-19T23:59:59Z", "خبر ثالث"),
            Sample.Article("الجزيرة نت", "2017-01-19T12:00:00Z", "خبر رابع"),
            Sample.Article("الجزيرة نت", "2017-01-23T12:00:00Z", "خبر خامس"),
            Sample.Article("الجزيرة نت", "2017-02-02T12:00:00Z", "خبر سادس"),
        ]).GetAwaiter().GetResult();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task DaysCountEachOutletSeparately()
    {
        var points = await _database.Volume.PerPeriodAsync(new ArticleFilter(new DateOnly(2017, 1, 19), new DateOnly(2017, 1, 19)), Granularity.Day);

        Assert.Equal([new VolumePoint("2017-01-19", "الجزيرة نت", 1), new VolumePoint("2017-01-19", "راي اليوم", 2)], points);
    }

    [Fact]
    public async Task TheRangeIncludesBothOfItsDays()
    {
        var points = await _database.Volume.PerPeriodAsync(new ArticleFilter(new DateOnly(2017, 1, 16), new DateOnly(2017, 1, 23)), Granularity.Day);

        Assert.Equal(5, points.Sum(p => p.Articles));
    }

    [Fact]
    public async Task WeeksStartOnMonday()
    {
        var points = await _database.Volume.PerPeriodAsync(ArticleFilter.All, Granularity.Week);

        Assert.Equal(
            [("2017-01-16", 4L), ("2017-01-23", 1L), ("2017-01-30", 1L)],
            points.GroupBy(p => p.Period).Select(g => (g.Key, g.Sum(p => p.Articles))));
    }

    [Fact]
    public async Task MonthsStartOnTheFirst()
    {
        var points = await _database.Volume.PerPeriodAsync(ArticleFilter.All, Granularity.Month);

        Assert.Equal([("2017-01-01", 5L), ("2017-02-01", 1L)], points.GroupBy(p => p.Period).Select(g => (g.Key, g.Sum(p => p.Articles))));
    }

    [Fact]
    public async Task AnOutletFilterKeepsOnlyThatOutlet()
    {
        var points = await _database.Volume.PerPeriodAsync(new ArticleFilter(Sources: ["الجزيرة نت"]), Granularity.Month);

        Assert.All(points, p => Assert.Equal("الجزيرة نت", p.Source));
        Assert.Equal(3, points.Sum(p => p.Articles));
    }

    [Fact]
    public async Task OutletTotalsAreOrderedLargestFirst()
    {
        var totals = await _database.Volume.PerSourceAsync(new ArticleFilter(To: new DateOnly(2017, 1, 31)));

        Assert.Equal([new SourceTotal("راي اليوم", 3), new SourceTotal("الجزيرة نت", 2)], totals);
    }

    [Fact]
    public async Task ARangeWithNoArticlesIsEmpty() =>
        Assert.Empty(await _database.Volume.PerPeriodAsync(new ArticleFilter(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)), Granularity.Day));
}
