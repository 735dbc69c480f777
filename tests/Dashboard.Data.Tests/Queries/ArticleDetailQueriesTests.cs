using Dashboard.Core.Articles;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

public sealed class ArticleDetailQueriesTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private ArticleDetailQueries Details => new(_database.Dialect);

    [Fact]
    public async Task TheReaderGetsTheTextWithTheOffsetsOfEveryActorAndCasualtyPhrase()
    {
        var article = new Article("مقتل 12 شخصا في بغداد", "رويترز", DateTimeOffset.Parse("2017-01-19T10:00:00+03:00", System.Globalization.CultureInfo.InvariantCulture),
            ["بغداد (رويترز) - قالت الشرطة العراقية إن 12 شخصا قتلوا في انفجار سيارة ملغومة في بغداد.", "وأدان الرئيس العراقي حيدر العبادي الهجوم."]);
        await _database.Store().AddAsync([article]);
        var id = (await _database.Articles.PageAsync(ArticleFilter.All, null, 1, 1)).Items[0].Id;

        var detail = Assert.IsType<ArticleDetail>(await Details.GetAsync(id));

        Assert.Equal(article.Body, detail.Body);
        Assert.Equal(TimeSpan.FromHours(3), detail.Published.Offset);
        Assert.Contains(detail.Mentions, m => m.Kind == "place" && Field(detail, m.Field)[m.Start..m.End] == "بغداد");
        Assert.Contains(detail.Mentions, m => m.Kind == "person" && Field(detail, m.Field)[m.Start..m.End].Contains("العبادي", StringComparison.Ordinal));
        var fact = Assert.Single(detail.Facts, f => f.Field == "body");
        Assert.Equal(("killed", 12L, 12L), (fact.Kind, fact.Min, fact.Max));
        Assert.Equal(fact.Text, detail.Body[fact.Start..fact.End]);
    }

    [Fact]
    public async Task SyndicatedCopiesOfTheStoryAreListedWithTheirOutlets()
    {
        var body = "أعلنت وزارة الصحة الفلسطينية أن ثلاثة فلسطينيين استشهدوا وأصيب عشرون آخرون برصاص الجيش الإسرائيلي خلال مواجهات شرق مدينة غزة يوم الجمعة، في حين تواصلت الاحتجاجات على الحدود.";
        await _database.Store().AddAsync(
        [
            new Article("ثلاثة شهداء في غزة", "أ", DateTimeOffset.Parse("2017-01-19T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), [body]),
            new Article("ثلاثة شهداء برصاص الاحتلال في غزة", "ب", DateTimeOffset.Parse("2017-01-19T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture), [body + " وقال شهود عيان ذلك."]),
        ]);
        var items = (await _database.Articles.PageAsync(ArticleFilter.All, null, 1, 10)).Items;

        var detail = Assert.IsType<ArticleDetail>(await Details.GetAsync(items.Single(i => i.Source == "ب").Id));

        Assert.Equal("أ", Assert.Single(detail.Copies).Source);
    }

    [Fact]
    public async Task AMissingArticleIsNull() => Assert.Null(await Details.GetAsync(404));

    private static string Field(ArticleDetail detail, string field) => field == "title" ? detail.Title : detail.Body;
}
