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
