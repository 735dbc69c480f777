using Dashboard.Data.Articles;
using Dashboard.Data.Queries;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Tests.Articles;

public sealed class ArticleStoreTests
{
    [Fact]
    public async Task AStoredArticleReadsBackExactly()
    {
        using var database = new TestDatabase();
        var article = Sample.Article("راي اليوم", "2017-01-19T00:00:00+00:00") with { Url = "https://raialyoum.com/a", ExternalId = "x1" };

        Assert.Equal([StoreOutcome.Added], await database.Store().AddAsync([article]));
        var page = await database.Articles.PageAsync(ArticleFilter.All, null, 1, 10);
        var stored = await database.Articles.GetAsync(Assert.Single(page.Items).Id);

        Assert.NotNull(stored);
        Assert.Equal(article.Title, stored.Article.Title);
        Assert.Equal(article.Source, stored.Article.Source);
        Assert.Equal(article.Published, stored.Article.Published);
        Assert.Equal(article.Paragraphs, stored.Article.Paragraphs);
        Assert.Equal(article.Url, stored.Article.Url);
        Assert.Equal(article.ExternalId, stored.Article.ExternalId);
    }

    [Fact]
    public async Task TheOriginalOffsetIsKeptAndTheTimeStoredInUtc()
    {
        using var database = new TestDatabase();
        var article = Sample.Article("الجزيرة نت", "2017-01-19T02:30:00+03:00");

        await database.Store().AddAsync([article]);
        var stored = await database.Articles.GetAsync((await database.Articles.PageAsync(ArticleFilter.All, null, 1, 1)).Items[0].Id);

        Assert.Equal(TimeSpan.FromHours(3), stored!.Article.Published.Offset);
        Assert.Equal(new DateTime(2017, 1, 18, 23, 30, 0, DateTimeKind.Utc), stored.Article.Published.UtcDateTime);
    }

    [Fact]
    public async Task TheSameArticleStoredTwiceIsStoredOnce()
    {
        using var database = new TestDatabase();
        var article = Sample.Article("راي اليوم", "2017-01-19T00:00:00Z");

        await database.Store().AddAsync([article]);
        var again = await database.Store().AddAsync([article, article with { Paragraphs = ["مقتل ١٢ شخصا في انفجار في بغداد.", "وقالت الشرطة إن التحقيق جار."] }]);

        Assert.Equal([StoreOutcome.Duplicate, StoreOutcome.Duplicate], again);
        Assert.Equal(1, await database.CountAsync("articles"));
    }

    [Fact]
    public async Task TheSameTextFromTwoOutletsIsTwoArticlesOfOneSourceEach()
    {
        using var database = new TestDatabase();

        await database.Store().AddAsync([Sample.Article("راي اليوم", "2017-01-19T00:00:00Z"), Sample.Article("الجزيرة نت", "2017-01-19T00:00:00Z")]);

        Assert.Equal(2, await database.CountAsync("articles"));
        Assert.Equal(2, await database.CountAsync("sources"));
    }

    [Fact]
    public async Task ABatchThatFailsHalfwayLeavesNothingWritten()
    {
        using var database = new TestDatabase();
        await database.RefuseArticlesTitledAsync("يرفض");
        var batch = new[] { Sample.Article("راي اليوم", "2017-01-19T00:00:00Z"), Sample.Article("راي اليوم", "2017-01-20T00:00:00Z", title: "يرفض") };

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => database.Store().AddAsync(batch));

        Assert.Equal(0, await database.CountAsync("articles"));
        Assert.Equal(0, await database.CountAsync("sources"));
    }
}
