using Dashboard.Core.Numbers;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Numbers;

public sealed class QuantityReaderTests
{
    [Theory]
    [InlineData("80", 80L, 80L, false)]
    [InlineData("أكثر من 80", 81L, null, false)]
    [InlineData("اكثر من 80", 81L, null, false)]
    [InlineData("أكثر 80", 81L, null, false)]
    [InlineData("ما يزيد عن 80", 81L, null, false)]
    [InlineData("ما يزيد على 80", 81L, null, false)]
    [InlineData("ما لا يقل عن 80", 80L, null, false)]
    [InlineData("80 على الأقل", 80L, null, false)]
    [InlineData("80 على الاقل", 80L, null, false)]
    [InlineData("حوالي 80", 80L, 80L, true)]
    [InlineData("حوالى 80", 80L, 80L, true)]
    [InlineData("نحو 80", 80L, 80L, true)]
    [InlineData("قرابة 80", 80L, 80L, true)]
    [InlineData("زهاء 80", 80L, 80L, true)]
    [InlineData("ما يقارب 80", 80L, 80L, true)]
    [InlineData("ما يصل إلى 80", null, 80L, false)]
    [InlineData("ما يصل الى 80", null, 80L, false)]
    [InlineData("أقل من 80", null, 79L, false)]
    [InlineData("بين 10 و15", 10L, 15L, false)]
    [InlineData("ما بين 20 و25", 20L, 25L, false)]
    [InlineData("من 10 إلى 15", 10L, 15L, false)]
    [InlineData("10-15", 10L, 15L, false)]
    [InlineData("تخطى عتبة الألفي", 2001L, null, false)]
    public void QualifiersSetTheBoundsOfTheContract(string text, long? min, long? max, bool approx)
    {
        var quantity = Read(text);

        Assert.Equal((min, max, approx), (quantity.Min, quantity.Max, quantity.Approx));
    }

    [Theory]
    [InlineData("عشرات", 10L)]
    [InlineData("العشرات", 10L)]
    [InlineData("مئات", 100L)]
    [InlineData("آلاف", 1000L)]
    [InlineData("الآلاف", 1000L)]
    [InlineData("عشرات الآلاف", 10000L)]
    [InlineData("مئات الآلاف", 100000L)]
    [InlineData("بضع عشرات", 30L)]
    [InlineData("بضع مئات", 300L)]
    [InlineData("عدد من", 3L)]
    [InlineData("عددا من", 3L)]
    [InlineData("عدة", 3L)]
    [InlineData("بضعة", 3L)]
    [InlineData("العديد من", 3L)]
    [InlineData("كثير من", 3L)]
    [InlineData("مجموعة من", 3L)]
    public void VagueQuantitiesAreOpenEndedAndApproximate(string text, long min)
    {
        var quantity = Read(text);

        Assert.Equal((min, (long?)null, true), (quantity.Min, quantity.Max, quantity.Approx));
    }

    [Theory]
    [InlineData("ثلاثة", 3L)]
    [InlineData("ثلاث", 3L)]
    [InlineData("اثنين", 2L)]
    [InlineData("سبعة عشر", 17L)]
    [InlineData("عشرين", 20L)]
    [InlineData("ثلاثة وعشرون", 23L)]
    [InlineData("مئة وخمسون", 150L)]
    [InlineData("مائتين", 200L)]
    [InlineData("ثلاثمئة", 300L)]
    [InlineData("ثلاثة آلاف", 3000L)]
    [InlineData("15 ألف", 15000L)]
    [InlineData("200 ألف", 200000L)]
    [InlineData("2.5 مليون", 2500000L)]
    [InlineData("١٢", 12L)]
    [InlineData("1,500", 1500L)]
    [InlineData("الثلاثة", 3L)]
    public void FiguresAreReadFromDigitsAndNumberWords(string text, long value)
    {
        var quantity = Read(text);

        Assert.Equal((value, value), (quantity.Min!.Value, quantity.Max!.Value));
    }

    [Theory]
    [InlineData("جنود")]
    [InlineData("13.15")]
    [InlineData("بعض")]
    public void WordsThatAreNoFigureReadAsNothing(string text) =>
        Assert.Null(QuantityReader.ReadAt(ArabicTokenizer.Tokenize(text), 0));

    [Fact]
    public void TheQuantitySpansItsQualifier()
    {
        var tokens = ArabicTokenizer.Tokenize("مقتل ما لا يقل عن 7 عناصر");

        var quantity = QuantityReader.ReadAt(tokens, 1)!;

        Assert.Equal((1, 6), (quantity.First, quantity.End));
    }

    private static Quantity Read(string text) =>
        QuantityReader.ReadAt(ArabicTokenizer.Tokenize(text), 0) ?? throw new InvalidOperationException($"'{text}' read as nothing");
}
