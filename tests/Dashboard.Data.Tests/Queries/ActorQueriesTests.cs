using Dashboard.Core.Articles;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

public sealed class ActorQueriesTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public ActorQueriesTests()
    {
        _database.Store().AddAsync(
        [
            Article("راي اليوم", "2017-01-19T08:00:00Z", "قال الرئيس الأميركي باراك أوباما إن واشنطن ستواصل دعم العراق."),
            Article("الجزيرة نت", "2017-01-19T09:00:00Z", "وأكد اوباما في كلمته أن الحرب على داعش مستمرة، وأضاف أوباما أن العراق شريك."),
            Article("الجزيرة نت", "2017-01-20T09:00:00Z", "التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف في جنيف."),
        ]).GetAwaiter().GetResult();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task SpellingsOfOnePersonAreCountedAsOneActor()
    {
        var people = await _database.Actors.TopAsync(ArticleFilter.All, "person", 10);

        var obama = Assert.Single(people, p => p.Canonical == "باراك أوباما");
        Assert.Equal((2L, 3L), (obama.Articles, obama.Mentions));
        Assert.DoesNotContain(people, p => p.Canonical is "اوباما" or "أوباما");
    }

    [Fact]
    public async Task ActorsAreOrderedByArticlesAndFilteredByKind()
    {
        var places = await _database.Actors.TopAsync(ArticleFilter.All, "place", 10);

        Assert.Equal("العراق", places[0].Canonical);
        Assert.All(places, p => Assert.Equal("place", p.Kind));
    }

    [Fact]
    public async Task TheDateFilterAppliesToTheMentioningArticles()
    {
        var people = await _database.Actors.TopAsync(new ArticleFilter(new DateOnly(2017, 1, 20), new DateOnly(2017, 1, 20)), "person", 10);

        Assert.DoesNotContain(people, p => p.Canonical == "باراك أوباما");
        Assert.Contains(people, p => p.Canonical == "جون كيري");
    }

    [Fact]
    public async Task AnActorFilterKeepsTheArticlesThatMentionIt()
    {
        var volume = await _database.Volume.PerSourceAsync(new ArticleFilter(Actors: ["جون كيري"]));

        Assert.Equal([new SourceTotal("الجزيرة نت", 1)], volume);
    }

    [Fact]
    public async Task TheTimelineCountsEachActorsArticlesPerDayAndLeavesOutDaysWithoutThem()
    {
        var timeline = await _database.Actors.PerPeriodAsync(ArticleFilter.All, ["باراك أوباما", "جون كيري"], Granularity.Day);

        Assert.Equal(
            [new ActorPeriod("باراك أوباما", "2017-01-19", 2), new ActorPeriod("جون كيري", "2017-01-20", 1)],
            timeline);
    }

    [Fact]
    public async Task TheTimelineByWeekPutsTheWholeWeekInOnePeriod()
    {
        var timeline = await _database.Actors.PerPeriodAsync(ArticleFilter.All, ["العراق"], Granularity.Week);

        Assert.Equal([new ActorPeriod("العراق", "2017-01-16", 2)], timeline);
    }

    private static Article Article(string source, string published, string body) =>
        new("خبر", source, DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), [body]);
}
