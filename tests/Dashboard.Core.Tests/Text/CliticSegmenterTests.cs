using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Text;

public sealed class CliticSegmenterTests
{
    [Theory]
    [InlineData("والعراق", "و|ال|عراق")]
    [InlineData("بالمدينة", "ب|ال|مدينة")]
    [InlineData("وبمقتل", "و|ب|مقتل")]
    [InlineData("فالحكومة", "ف|ال|حكومة")]
    [InlineData("كالعادة", "ك|ال|عادة")]
    [InlineData("وَالْعِرَاق", "وَ|الْ|عِرَاق")]
    [InlineData("بغداد", "ب|غداد")]
    [InlineData("مقتل", "مقتل")]
    [InlineData("وزن", "وزن")]
    public void ProcliticsBecomeTokensOfTheirOwn(string word, string expected) =>
        Assert.Equal(expected.Split('|'), CliticSegmenter.Segment(ArabicTokenizer.Tokenize(word)[0]).Select(t => t.Text));

    [Fact]
    public void AWordTheCallerKnowsWholeIsNotSplit() =>
        Assert.Single(CliticSegmenter.Segment(ArabicTokenizer.Tokenize("بغداد")[0], normal => normal == "بغداد"));

    [Theory]
    [InlineData("قصف في والعراق وبالمدينة")]
    [InlineData("وَالْعِرَاق فَالحُكومة")]
    public void EverySegmentPointsBackAtItsExactCharacters(string text) =>
        Assert.All(ArabicTokenizer.Tokenize(text).SelectMany(t => CliticSegmenter.Segment(t)), s => Assert.Equal(s.Text, text[s.Start..s.End]));
}
