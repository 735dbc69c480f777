namespace Dashboard.Core.Tests.Casualties;

public sealed class NegationAndHypothesisTests
{
    [Theory]
    [InlineData("ونفى الجيش مقتل أي مدنيين في العملية")]
    [InlineData("لم يسفر الحادث عن مقتل 10 أشخاص كما أشيع")]
    [InlineData("قد يؤدي القتال إلى مقتل ما يصل إلى 250 ألف شخص")]
    [InlineData("حذر التقرير من أن الجفاف يهدد بمقتل 5000 شخص")]
    public void NegatedOrHypotheticalHarmIsNoFact(string text) =>
        Assert.Empty(Extracted.Scored(text));

    [Fact]
    public void HadBeenIsNotMay() =>
        Assert.Equal(["wounded 96..96"], Extracted.Scored("كان قد أصيب 96 شخصا في القصف"));
}
