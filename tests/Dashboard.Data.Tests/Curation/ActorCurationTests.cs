using Dashboard.Core.Articles;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Curation;

public sealed class ActorCurationTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public ActorCurationTests()
    {
        _database.Store().AddAsync(
        [
            Article("2017-01-19T08:00:00Z", "وقال المتحدث جورج ليتلمان إن العملية مستمرة في الموصل."),
            Article("2017-01-20T08:00:00Z", "وأكد المتحدث باسم البنتاغون جيف ديفيس أن القوات تتقدم في الموصل."),
            Article("2017-01-21T08:00:00Z", "قال وزير الخارجية الأمريكي جون كيري إن المفاوضات مستمرة."),
        ]).GetAwaiter().GetResult();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ARenameShowsTheNewNameAndSurvivesReextraction()
    {
        var kerry = await ActorAsync("جون كيري");

        await _database.Curation.RenameAsync(kerry.Id, "جون فوربس كيري");
        await _database.Reextractor.RunAsync();

        Assert.Contains(await TopAsync(), a => a.Canonical == "جون فوربس كيري" && a.Articles == 1);
        Assert.DoesNotContain(await TopAsync(), a => a.Canonical == "جون كيري");
    }

    [Fact]
    public async Task AMergeCountsBothActorsAsOneAndSurvivesReextraction()
    {
        var littleman = await ActorAsync("جورج ليتلمان");
        var davis = await ActorAsync("جيف ديفيس");

        await _database.Curation.MergeAsync(davis.Id, littleman.Id);
        var merged = Assert.Single(await TopAsync(), a => a.Canonical == "جورج ليتلمان");
        await _database.Reextractor.RunAsync();
        var afterReextraction = Assert.Single(await TopAsync(), a => a.Canonical == "جورج ليتلمان");

        Assert.Equal(2, merged.Articles);
        Assert.Equal(2, afterReextraction.Articles);
        Assert.DoesNotContain(await TopAsync(), a => a.Canonical == "جيف ديفيس");
    }

    [Fact]
    public async Task AnIgnoredActorLeavesTheChartsAndStaysIgnored()
    {
        var kerry = await ActorAsync("جون كيري");

        await _database.Curation.SetIgnoredAsync(kerry.Id, true);
        await _database.Reextractor.RunAsync();

        Assert.DoesNotContain(await TopAsync(), a => a.Canonical == "جون كيري");
    }

    [Fact]
    public async Task AnAliasRoutesANameToTheActorAtTheNextReextraction()
    {
        var littleman = await ActorAsync("جورج ليتلمان");
        var davis = await ActorAsync("جيف ديفيس");

        await _database.Curation.AddAliasAsync(littleman.Id, "جيف ديفيس");
        await _database.Reextractor.RunAsync();

        Assert.Equal(2, Assert.Single(await TopAsync(), a => a.Canonical == "جورج ليتلمان").Articles);
        Assert.Equal(0, (await _database.Curation.ListAsync("person", "جيف", 10)).Single(a => a.Id == davis.Id).Articles);
    }

    [Fact]
    public async Task AKindChangeMovesTheActorToItsNewKind()
    {
        var mosul = Assert.Single(await _database.Curation.ListAsync("place", "الموصل", 10));

        await _database.Curation.SetKindAsync(mosul.Id, "organization");

        Assert.Contains(await _database.Actors.TopAsync(ArticleFilter.All, "organization", 10), a => a.Canonical == "الموصل");
        await Assert.ThrowsAsync<ArgumentException>(() => _database.Curation.SetKindAsync(mosul.Id, "city"));
    }

    [Fact]
    public async Task AnActorCannotBeMergedIntoItself()
    {
        var kerry = await ActorAsync("جون كيري");

        await Assert.ThrowsAsync<ArgumentException>(() => _database.Curation.MergeAsync(kerry.Id, kerry.Id));
    }

    private async Task<IReadOnlyList<ActorTotal>> TopAsync() => await _database.Actors.TopAsync(ArticleFilter.All, "person", 20);

    private async Task<Dashboard.Data.Curation.ActorRecord> ActorAsync(string canonical) =>
        Assert.Single(await _database.Curation.ListAsync("person", canonical, 10), a => a.Canonical == canonical);

    private static Article Article(string published, string body) =>
        new("خبر", "راي اليوم", DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), [body]);
}
