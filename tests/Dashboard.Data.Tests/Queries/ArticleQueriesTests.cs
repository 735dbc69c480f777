using Dashboard.Core.Articles;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

public sealed class ArticleQueriesTests : IDisposable
{
    private readonly TestDatabase _database = new();

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

    [Theory]
    [InlineData("القاهرة", "قمة في القاهرة")]
    [InlineData("بغداد", "انفجار في بغداد")]
    [InlineData("أوباما", "وصول اوباما")]
    [InlineData("اوباما", "وصول اوباما")]
    [InlineData("إسرائيل", "قمة في القاهرة")]
    [InlineData("الشرطة التحقيق", "انفجار في بغداد")]
    public async Task SearchFindsTheWordInTheTitleOrTheBodyHoweverItIsSpelledOrPrefixed(string query, string expectedTitle)
    {
        await _database.Store().AddAsync(new Article[]
        {
            new("انفجار في بغداد", "أ", DateTimeOffset.Parse("2017-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), ["مقتل 12 شخصا.", "وقالت الشرطة إن التحقيق جار."]),
            new("قمة في القاهرة", "أ", DateTimeOffset.Parse("2017-01-02T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), ["اجتمع القادة وناقشوا الوضع مع إسرائيل."]),
            new("وصول اوباما", "ب", DateTimeOffset.Parse("2017-01-03T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), ["رحب الوزير بأوباما في المطار."]),
        });

        var page = await _database.Articles.PageAsync(ArticleFilter.All, query, 1, 10);

        Assert.Equal(expectedTitle, Assert.Single(page.Items).Title);
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task ASearchNeedsEveryWordAndKeepsTheOtherFilters()
    {
        await _database.Store().AddAsync([Sample.Article("أ", "2017-01-01T00:00:00Z"), Sample.Article("ب", "2017-01-02T00:00:00Z", "مقتل 3 أشخاص في بغداد.", "بغداد")]);

        Assert.Equal(0, (await _database.Articles.PageAsync(ArticleFilter.All, "بغداد القاهرة", 1, 10)).Total);
        Assert.Equal(2, (await _database.Articles.PageAsync(ArticleFilter.All, "بغداد", 1, 10)).Total);
        Assert.Equal("ب", Assert.Single((await _database.Articles.PageAsync(new ArticleFilter(Sources: ["ب"]), "بغداد", 1, 10)).Items).Source);
    }

    // Nine articles, one a day; the even days' outlet is راي اليوم; every article mentions بغداد.
    [Theory]
    [InlineData(null, null, null, 9)]
    [InlineData("2017-01-02", "2017-01-08", null, 7)]
    [InlineData("2017-01-02", "2017-01-08", "راي اليوم", 4)]
    [InlineData("2017-01-10", "2017-01-20", null, 0)]
    public async Task APageWithoutASearchCountsEveryArticleOfTheFilter(string? from, string? to, string? outlet, long expected)
    {
        await _database.Store().AddAsync([.. Enumerable.Range(1, 9).Select(day => Sample.Article(
            day % 2 == 0 ? "راي اليوم" : "الجزيرة", $"2017-01-{day:00}T23:30:00Z", $"انفجار رقم {day} في بغداد.", $"عنوان {day}"))]);
        var filter = new ArticleFilter(from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), outlet is null ? null : [outlet]);

        Assert.Equal(expected, (await _database.Articles.PageAsync(filter, null, 1, 2)).Total);
        Assert.Equal(expected, (await _database.Articles.PageAsync(filter with { Actors = ["بغداد"] }, null, 1, 2)).Total);
    }

    // Days 3, 5, 6, 8 and 9 report from بغداد; the range keeps days 2 to 8 and the outlet the odd days' one as well.
    [Theory]
    [InlineData("بغداد", null, 1, "عنوان 8|عنوان 6")]
    [InlineData("بغداد", null, 2, "عنوان 5|عنوان 3")]
    [InlineData("بغداد", null, 3, "")]
    [InlineData("بغداد", "الجزيرة", 1, "عنوان 5|عنوان 3")]
    [InlineData("القاهرة", null, 1, "")]
    public async Task ASearchPageAndItsTotalAreTheSameWhicheverSideTheyAreReadFrom(string query, string? outlet, int page, string expected)
    {
        int[] baghdad = [3, 5, 6, 8, 9];
        await _database.Store().AddAsync([.. Enumerable.Range(1, 9).Select(day => Sample.Article(
            day % 2 == 0 ? "راي اليوم" : "الجزيرة", $"2017-01-{day:00}T10:00:00Z",
            baghdad.Contains(day) ? $"انفجار رقم {day} في بغداد." : $"اجتماع رقم {day} في الرياض.", $"عنوان {day}"))]);
        var filter = new ArticleFilter(new DateOnly(2017, 1, 2), new DateOnly(2017, 1, 8), outlet is null ? null : [outlet]);

        var fromHits = await new ArticleQueries(_database.Dialect) { HitsFirstUpTo = long.MaxValue }.PageAsync(filter, query, page, 2);
        var newestDown = await new ArticleQueries(_database.Dialect) { HitsFirstUpTo = 0 }.PageAsync(filter, query, page, 2);
        var rangeChecked = await new ArticleQueries(_database.Dialect) { HitsFirstUpTo = 0, CheckCostInLookups = 0 }.PageAsync(filter, query, page, 2);
        var hitsLookedUp = await new ArticleQueries(_database.Dialect) { CheckCostInLookups = long.MaxValue / 100 }.PageAsync(filter, query, page, 2);

        var titles = expected.Length == 0 ? [] : expected.Split('|');
        Assert.Equal(titles, fromHits.Items.Select(i => i.Title));
        Assert.Equal(titles, newestDown.Items.Select(i => i.Title));
        Assert.Equal(titles, rangeChecked.Items.Select(i => i.Title));
        Assert.Equal(titles, hitsLookedUp.Items.Select(i => i.Title));
        Assert.Equal(query == "القاهرة" ? 0 : outlet is null ? 4 : 2, fromHits.Total);
        Assert.All([newestDown, rangeChecked, hitsLookedUp], p => Assert.Equal(fromHits.Total, p.Total));
    }

    [Fact]
    public async Task EachFoundArticleCarriesASnippetWithItsHitsMarked()
    {
        await _database.Store().AddAsync([Sample.Article("أ", "2017-01-01T00:00:00Z", "رحب الوزير بأوباما في المطار.", "زيارة")]);

        var item = Assert.Single((await _database.Articles.PageAsync(ArticleFilter.All, "أوباما", 1, 10)).Items);

        Assert.Equal("بأوباما", Assert.Single(item.Snippet, s => s.Mark is not null).Text);
        Assert.StartsWith("رحب الوزير", item.SnippetText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"", 1)]
    [InlineData("*", 1)]
    [InlineData("OR", 0)]
    [InlineData("NEAR(", 0)]
    [InlineData("a:b", 0)]
    [InlineData("بغداد OR", 0)]
    [InlineData("«بغداد»", 1)]
    public async Task OperatorsOfTheSearchEngineAreSearchedAsWordsOrIgnored(string query, long expected)
    {
        // Punctuation alone asks for nothing (every article); operator words are words the text does not have.
        await _database.Store().AddAsync([Sample.Article("أ", "2017-01-01T00:00:00Z")]);

        var page = await _database.Articles.PageAsync(ArticleFilter.All, query, 1, 10);

        Assert.Equal(expected, page.Total);
    }

    [Fact]
    public async Task ArticlesStoredBeforeTheIndexExistedAreIndexedByTheBackfill()
    {
        await _database.Store().AddAsync([Sample.Article("أ", "2017-01-01T00:00:00Z"), Sample.Article("ب", "2017-01-02T00:00:00Z", "قمة في القاهرة")]);
        await _database.ExecuteAsync("DELETE FROM article_search");
        Assert.Equal(0, (await _database.Articles.PageAsync(ArticleFilter.All, "بغداد", 1, 10)).Total);

        var indexed = await new Dashboard.Data.Search.SearchIndex(_database.Dialect).BackfillAsync();

        Assert.Equal(2, indexed);
        Assert.Equal(2, (await _database.Articles.PageAsync(ArticleFilter.All, "بغداد", 1, 10)).Total);
        Assert.Equal(0, await new Dashboard.Data.Search.SearchIndex(_database.Dialect).BackfillAsync());
    }

    [Fact]
    public async Task AMissingIdIsNull() => Assert.Null(await _database.Articles.GetAsync(404));
}
