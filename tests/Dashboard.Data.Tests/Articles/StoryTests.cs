using Dapper;
using Dashboard.Core.Articles;
using Dashboard.Data.Articles;

namespace Dashboard.Data.Tests.Articles;

public sealed class StoryTests
{
    private const string Lead = "بغداد ـ (أ ف ب) – قتل 12 شخصا وأصيب 30 آخرون في انفجار سيارة مفخخة قرب سوق شعبي في حي الكرادة وسط العاصمة العراقية.";
    private const string Second = "وقال مسؤول في الشرطة إن الانفجار وقع في ساعة الذروة عندما كان السوق مكتظا بالمتسوقين قبل عطلة نهاية الأسبوع.";
    private const string Third = "ولم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن، لكن تنظيم الدولة الإسلامية تبنى هجمات مماثلة في الأشهر الماضية.";

    [Fact]
    public async Task ASyndicatedCopyIsKeptUnderItsOutletAndJoinsTheStory()
    {
        using var database = new TestDatabase();

        var outcomes = await database.Store().AddAsync(
        [
            Article("راي اليوم", "2017-01-19T08:00:00Z", "مقتل 12 شخصا في انفجار في بغداد", Lead, Second, Third),
            Article("الجزيرة نت", "2017-01-19T11:00:00Z", "مقتل 12 شخصا بانفجار في بغداد", Lead, Second),
            Article("الشرق الأوسط", "2017-01-19T12:00:00Z", "قمة عربية في القاهرة", "القاهرة ـ (رويترز) – افتتحت القمة العربية أعمالها في القاهرة بحضور القادة العرب ووزراء الخارجية."),
        ]);

        Assert.Equal([StoreOutcome.Added, StoreOutcome.AddedNearDuplicate, StoreOutcome.Added], outcomes);
        await using var connection = await database.Dialect.OpenAsync();
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM stories"));
        Assert.Equal(3, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"));
    }

    [Fact]
    public async Task TheDatelineAndAgencyAreStoredWithTheArticle()
    {
        using var database = new TestDatabase();

        await database.Store().AddAsync([Article("راي اليوم", "2017-01-19T08:00:00Z", "انفجار", Lead)]);

        await using var connection = await database.Dialect.OpenAsync();
        Assert.Equal(("بغداد", "AFP"), await connection.QuerySingleAsync<(string, string)>("SELECT dateline, agency FROM articles"));
    }

    private static Article Article(string source, string published, string title, params string[] paragraphs) =>
        new(title, source, DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), paragraphs);
}
