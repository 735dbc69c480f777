namespace Dashboard.Core.Tests.Casualties;

public sealed class QualifierLinkingTests
{
    [Theory]
    [InlineData("مقتل اكثر من 80 مقاتلا", "killed 81..-")]
    [InlineData("مقتل ما يزيد على 200 شخص", "killed 201..-")]
    [InlineData("مقتل ما لا يقل عن 35 شخصا", "killed 35..-")]
    [InlineData("مقتل 35 شخصا على الأقل", "killed 35..-")]
    [InlineData("قتل 12 جنديا على الاقل في الهجوم", "killed 12..-")]
    [InlineData("أصيب نحو 90 شخصا", "wounded 90..90")]
    [InlineData("مقتل حوالي 50 مسلحا", "killed 50..50")]
    [InlineData("مقتل ما يصل إلى 70 شخصا", "killed -..70")]
    [InlineData("مقتل أقل من 10 أشخاص", "killed -..9")]
    [InlineData("إصابة ما بين 20 و30 شخصا", "wounded 20..30")]
    [InlineData("مقتل العشرات من المسلحين", "killed 10..-")]
    [InlineData("عشرات القتلى في قصف على البلدة", "killed 10..-")]
    [InlineData("سقوط مئات الجرحى", "wounded 100..-")]
    [InlineData("قتل الآلاف من المدنيين منذ بداية الحرب", "killed 1000..-")]
    [InlineData("مقتل عشرات الآلاف من السكان", "killed 10000..-")]
    [InlineData("مقتل بضع عشرات من الجنود", "killed 30..-")]
    [InlineData("إصابة عدد من المارة", "wounded 3..-")]
    [InlineData("ارتفعت الحصيلة من 31 إلى 32 قتيلا", "killed 32..32")]
    [InlineData("قتل حتى الآن 2000 شخص", "killed 2000..2000")]
    [InlineData("وتخطى عتبة الألفي قتيل منذ بداية الحرب", "killed 2001..-")]
    public void EachQualifierOfTheContractBoundsTheFigure(string text, params string[] expected) =>
        Assert.Equal(expected, Extracted.Scored(text));
}
