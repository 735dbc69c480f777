namespace Dashboard.Core.Tests.Casualties;

public sealed class DualAndSingularTests
{
    [Theory]
    [InlineData("سقط قتيلان في الاشتباك", "killed 2..2")]
    [InlineData("أسفر الحادث عن جريحين", "wounded 2..2")]
    [InlineData("قتل جنديان في الانفجار", "killed 2..2")]
    [InlineData("إصابة شخصين بجروح", "wounded 2..2")]
    [InlineData("مقتل جندي في هجوم", "killed 1..1")]
    [InlineData("مصرع طفل غرقا", "killed 1..1")]
    [InlineData("إصابة فتاة وطفلين", "wounded 1..1", "wounded 2..2")]
    [InlineData("مقتل مسلحين اثنين", "killed 2..2")]
    [InlineData("أصيبت سيدة وطفلها بجروح", "wounded 1..1", "wounded 1..1")]
    public void DualsAreTwoAndASingularVictimIsOne(string text, params string[] expected) =>
        Assert.Equal(expected, Extracted.Scored(text));

    [Theory]
    [InlineData("سقوط قتلى وجرحى في القصف")]
    [InlineData("إصابة آخرين")]
    [InlineData("سقوط بعض القتلى")]
    public void APluralWithNoFigureIsAFactWithoutNumbers(string text)
    {
        Assert.NotEmpty(Extracted.Facts(text));
        Assert.Empty(Extracted.Scored(text));
    }
}
