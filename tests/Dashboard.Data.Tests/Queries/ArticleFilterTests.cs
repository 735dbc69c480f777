using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

public sealed class ArticleFilterTests
{
    [Fact]
    public void TwoFiltersBuiltApartWithTheSameValuesHaveTheSameKey()
    {
        var first = new ArticleFilter(new DateOnly(2017, 1, 1), new DateOnly(2017, 1, 31), ["راي اليوم"], ["باراك أوباما"]);
        var second = new ArticleFilter(new DateOnly(2017, 1, 1), new DateOnly(2017, 1, 31), ["راي اليوم"], ["باراك أوباما"]);

        Assert.Equal(first.Key, second.Key);
    }

    [Theory]
    [InlineData("باراك أوباما", "دونالد ترامب")]
    [InlineData("باراك أوباما", "")]
    public void FiltersThatDifferOnlyInTheirActorsHaveDifferentKeys(string actor, string other)
    {
        var first = new ArticleFilter(Actors: [actor]);
        var second = new ArticleFilter(Actors: other.Length == 0 ? [] : [other]);

        Assert.NotEqual(first.Key, second.Key);
    }

    [Fact]
    public void AnOutletIsNotMistakenForAnActor()
    {
        Assert.NotEqual(new ArticleFilter(Sources: ["الجزيرة"]).Key, new ArticleFilter(Actors: ["الجزيرة"]).Key);
    }
}
