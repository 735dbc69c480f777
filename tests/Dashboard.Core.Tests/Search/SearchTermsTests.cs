using Dashboard.Core.Search;

namespace Dashboard.Core.Tests.Search;

public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("أوباما", "اوباما")]
    [InlineData("إسرائيل", "اسراييل")]
    [InlineData("الدولة", "الدوله")]
    [InlineData("٨٠", "80")]
    public void AQueryWordIsLookedForInItsNormalisedSpelling(string query, string term) =>
        Assert.Equal([term], SearchTerms.OfQuery(query));

    [Theory]
    [InlineData("بأوباما", "اوباما")]
    [InlineData("والرئيس", "الرييس")]
    [InlineData("والرئيس", "رييس")]
    [InlineData("للحكومة", "حكومه")]
    [InlineData("وبغداد", "بغداد")]
    public void AWordWithProcliticsIsIndexedUnderItsStems(string written, string stem) =>
        Assert.Contains(stem, SearchTerms.Index("", written).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void TheTitleAndTheBodyAreBothIndexed()
    {
        var terms = SearchTerms.Index("قمة في القاهرة", "انفجار في بغداد").Split(' ', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("القاهره", terms);
        Assert.Contains("بغداد", terms);
    }

    [Fact]
    public void PunctuationAndRepeatedWordsAreDroppedFromAQuery() =>
        Assert.Equal(["اوباما", "غزه"], SearchTerms.OfQuery("«أوباما»، غزة؟ اوباما"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("؟!،")]
    [InlineData(null)]
    public void AnEmptyQueryAsksForNothing(string? query) => Assert.Empty(SearchTerms.OfQuery(query));

    [Theory]
    [InlineData("التقى بأوباما في واشنطن", "بأوباما")]
    [InlineData("قال اوباما", "اوباما")]
    [InlineData("إوباما يصل", "إوباما")]
    public void HitsAreTheWordsAsWrittenThatMatchTheQuery(string text, string hit)
    {
        var mark = Assert.Single(SearchTerms.Hits(text, SearchTerms.OfQuery("أوباما")));

        Assert.Equal(hit, text[mark.Start..mark.End]);
    }

    [Fact]
    public void AWordThatMerelyContainsTheQueryIsNoHit() =>
        Assert.Empty(SearchTerms.Hits("البرلمان يجتمع", SearchTerms.OfQuery("لمان")));
}
