namespace Dashboard.Core.Tests.Casualties;

public sealed class NonCasualtyInjuryTests
{
    [Theory]
    [InlineData("أصيب 10 أشخاص بتسمم غذائي بعد تناول العشاء")]
    [InlineData("سجلت الوزارة 4 إصابات جديدة بفيروس كورونا")]
    [InlineData("غاب اللاعب بسبب إصابة في الركبة لمدة 3 أسابيع")]
    [InlineData("تعافى اللاعبان من إصاباتهما قبل المباراة")]
    [InlineData("يعاني 25 في المئة من المصابين بالسكتة من مضاعفات")]
    [InlineData("أكد الخبراء دقة إصابة الهدف")]
    [InlineData("توفي 4 ملايين شخص بسبب الأمراض القلبية العام الماضي")]
    [InlineData("وقتلت إنفلونزا الطيور أكثر من 48 مليون إنسان")]
    public void IllnessSportAndAccuracyAreNoCasualties(string text) =>
        Assert.Empty(Extracted.Scored(text));
}
