using Dashboard.Core.Demo;

namespace Dashboard.Core.Tests.Demo;

public sealed class DemoCorpusGeneratorTests
{
    private static readonly DemoCorpusOptions Options = new(Articles: 2000, Seed: 7, End: new DateOnly(2026, 6, 30), Days: 120);

    [Fact]
    public void TheSameSeedWritesTheSameCorpus()
    {
        var first = new DemoCorpusGenerator(Options).Generate().ToList();
        var second = new DemoCorpusGenerator(Options).Generate().ToList();

        Assert.Equal(first.Select(a => (a.Title, a.Source, a.Published, a.Body)), second.Select(a => (a.Title, a.Source, a.Published, a.Body)));
    }

    [Fact]
    public void AnotherSeedWritesAnotherCorpus() =>
        Assert.NotEqual(
            new DemoCorpusGenerator(Options).Generate().First().Body,
            new DemoCorpusGenerator(Options with { Seed = 8 }).Generate().First().Body);

    [Fact]
    public void ItWritesExactlyTheArticlesAskedForWithinTheDays()
    {
        var articles = new DemoCorpusGenerator(Options).Generate().ToList();

        Assert.Equal(2000, articles.Count);
        Assert.All(articles, a => Assert.InRange(DateOnly.FromDateTime(a.Published.UtcDateTime), new DateOnly(2026, 3, 3), new DateOnly(2026, 6, 30)));
        Assert.Equal(2000, articles.Select(a => a.ExternalId).Distinct().Count());
    }

    [Fact]
    public void OutletsOfDifferentSizesPublish()
    {
        var perOutlet = new DemoCorpusGenerator(Options).Generate().CountBy(a => a.Source).ToDictionary();

        Assert.True(perOutlet.Count >= 8, $"only {perOutlet.Count} outlets");
        Assert.True(perOutlet["الجزيرة نت"] > 2 * perOutlet["القدس العربي"], "the weights should make big and small outlets");
    }

    [Theory]
    [InlineData("أوباما")]
    [InlineData("اوباما")]
    [InlineData("باراك أوباما")]
    [InlineData("تنظيم الدولة الإسلامية")]
    [InlineData("داعش")]
    public void ActorsAppearUnderTheirVariousSpellings(string spelling) =>
        Assert.Contains(new DemoCorpusGenerator(Options).Generate(), a => a.Body.Contains(spelling, StringComparison.Ordinal));

    [Theory]
    [InlineData("مقتل أكثر من")]
    [InlineData("على الأقل")]
    [InlineData("وإصابة")]
    [InlineData("غارة")]
    public void CasualtyPhrasingsAndHardNegativesAreWritten(string phrase) =>
        Assert.Contains(new DemoCorpusGenerator(Options).Generate(), a => a.Body.Contains(phrase, StringComparison.Ordinal));

    [Fact]
    public void SomeStoriesAreSyndicatedToSeveralOutlets()
    {
        var copies = new DemoCorpusGenerator(Options).Generate().GroupBy(a => a.Title + a.Paragraphs[0]).Where(g => g.Count() > 1).ToList();

        Assert.NotEmpty(copies);
        Assert.All(copies, g => Assert.Equal(g.Count(), g.Select(a => a.Source).Distinct().Count()));
    }
}
