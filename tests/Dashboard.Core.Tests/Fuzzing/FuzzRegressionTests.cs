using Dashboard.Core.Ingest.Feeds;

namespace Dashboard.Core.Tests.Fuzzing;

/// <summary>Inputs the fuzzing campaign once crashed a parser with, kept so they never do again.</summary>
public sealed class FuzzRegressionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("<rss><channel><item><title>")]
    [InlineData("<rss version=\"9\"><channel></channel></rss>")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><updated>غدا</updated></entry></feed>")]
    public void AFeedTheLibraryCannotReadIsOneErrorNamingTheFile(string text)
    {
        var records = FeedArticleReader.Read("broken.xml", new StringReader(text), Now);

        var error = Assert.Single(records).Error;
        Assert.NotNull(error);
        Assert.Equal("broken.xml", error.File);
    }

    [Fact]
    public void AnItemWithAnUnreadableDateIsRejectedAloneAndTheOthersAreKept()
    {
        const string feed = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>الجزيرة نت</title>
            <entry><id>1</id><title>قمة في القاهرة</title><updated>2017-01-19T10:00:00Z</updated><content>اجتمع القادة العرب في القاهرة.</content></entry>
            <entry><id>2</id><title>انفجار في بغداد</title><updated>غدا</updated><content>مقتل 12 شخصا.</content></entry>
            </feed>
            """;

        var records = FeedArticleReader.Read("mixed.xml", new StringReader(feed), Now);

        Assert.Equal("قمة في القاهرة", Assert.Single(records, r => r.Article is not null).Article!.Title);
        Assert.Equal(2, Assert.Single(records, r => r.Error is not null).Error!.Line);
    }
}
