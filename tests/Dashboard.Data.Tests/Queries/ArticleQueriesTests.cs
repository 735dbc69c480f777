using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

public sealed class ArticleQueriesTests : IDisposable
{
    private readonly SqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AnEmptyStoreCoversNoDays() =>
        Assert.Equal(new Coverage(0, null, null), await _database.Articles.CoverageAsync());

    [Fact]
    public async Task CoverageGivesTheFirstAndLastDays()
    {
        await _database.Store().AddAsync([Sample.Article("أ", "2017-01-19T10:00:00Z", "نص أول"), Sample.Article("ب", "2017-03-02T23:00:00Z", "نص ثان")]);

        Assert.Equal(new Coverage(2, new DateOnly(2017, 1, 19), new DateOnly(2017, 3, 2)), await _database.Articles.CoverageAsync());
    }

    [Fact]
    public async Task PagesAreNewestFirstWithTheTotal()
    {
        await _database.Store().AddAsync([.. Enumerable.Range(1, 5).Select(day => Sample.Article("راي اليوم", $"2017-01-{day:00}T10:00:00Z", $"نص رقم {day}", $"عنوان {day}"))]);

        var page = await _database.Articles.PageAsync(ArticleFilter.All, null, page: 2, pageSize: 2);

        Assert.Equal(5, page.Total);
        Assert.Equal(["عنوان 3", "عنوان 2"], page.Items.Select(i => i.Title));
    }

    [Fact]
    public async Task TitleSearchKeepsMatchingTitles()
    {
        await _database.Store().AddAsync([Sample.Article("أ", "2017-01-01T00:00:00Z", "نص", "انفجار في بغداد"), Sample.Article("أ", "2017-01-02T00:00:00Z", "نص آخر", "قمة في القاهرة")]);

        var page = await _database.Articles.PageAsync(ArticleFilter.All, "القاهرة", 1, 10);

        Assert.Equal("قمة في القاهرة", Assert.Single(page.Items).Title);
    }

    [Fact]
    public async Task AMissingIdIsNull() => Assert.Null(await _database.Articles.GetAsync(404));
}
