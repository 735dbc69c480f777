using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Text;

public sealed class CliticsTests
{
    [Theory]
    [InlineData("والعراق", "العراق")]
    [InlineData("بالعراق", "عراق")]
    [InlineData("وبمقتل", "مقتل")]
    [InlineData("للاجئين", "اجيين")]
    [InlineData("فقتل", "قتل")]
    [InlineData("كالعادة", "عادة")]
    public void ProcliticsAreSplitOff(string word, string stem) =>
        Assert.Contains(ArabicNormalizer.Normalize(stem), Clitics.Stems(ArabicNormalizer.Normalize(word)));

    [Fact]
    public void TheWordItselfComesFirst() =>
        Assert.Equal("وليد", Clitics.Stems("وليد").First());

    [Fact]
    public void AtLeastTwoLettersRemain() =>
        Assert.DoesNotContain("د", Clitics.Stems("ود"));
}
