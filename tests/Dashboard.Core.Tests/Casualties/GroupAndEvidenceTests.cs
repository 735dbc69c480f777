using Dashboard.Core.Casualties;

namespace Dashboard.Core.Tests.Casualties;

public sealed class GroupAndEvidenceTests
{
    [Theory]
    [InlineData("مقتل 5 جنود", "soldiers")]
    [InlineData("مقتل 5 مدنيين", "civilians")]
    [InlineData("مقتل 5 مسلحين", "fighters")]
    [InlineData("مقتل 5 أطفال", "children")]
    [InlineData("مقتل 5 نساء", "women")]
    [InlineData("إصابة 7 من رجال الأمن", "police")]
    [InlineData("مقتل 5 أشخاص", "people")]
    public void TheVictimGroupIsNamed(string text, string group) =>
        Assert.Equal(group, Assert.Single(new CasualtyExtractor().Extract(text)).Group);

    [Theory]
    [InlineData("قالت الشرطة إن 15 جنديا على الأقل قتلوا في الهجوم")]
    [InlineData("مقتل اكثر من 80 مقاتلا من “الدولة الاسلامية”")]
    [InlineData("أصيب ۱۲ شخصاً بجروح")]
    public void TheEvidenceIsTheExactTextBetweenItsOffsets(string text) =>
        Assert.All(new CasualtyExtractor().Extract(text), f => Assert.Equal(f.Text, text[f.Start..f.End]));
}
