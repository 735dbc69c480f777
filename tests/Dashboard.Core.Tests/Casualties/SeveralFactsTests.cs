namespace Dashboard.Core.Tests.Casualties;

public sealed class SeveralFactsTests
{
    [Theory]
    [InlineData("مقتل 6 أشخاص وإصابة 35 آخرين", "killed 6..6", "wounded 35..35")]
    [InlineData("أسفر الهجوم عن 6 قتلى و35 جريحا", "killed 6..6", "wounded 35..35")]
    [InlineData("مقتل 10 أشخاص بينهم 3 أطفال", "killed 10..10", "killed 3..3")]
    [InlineData("أصيب 50 شخصا بينهم امرأتان وطفل", "wounded 50..50", "wounded 2..2", "wounded 1..1")]
    [InlineData("استشهاد 9 جنود وخمسة من العمال وإصابة 4 آخرين", "killed 9..9", "killed 5..5", "wounded 4..4")]
    [InlineData("مقتل ما يقارب 278 وإصابة 356", "killed 278..278", "wounded 356..356")]
    [InlineData("خلف القصف 30 قتيلا وعشرات الجرحى", "killed 30..30", "wounded 10..-")]
    public void EveryFigureOfASentenceIsItsOwnFact(string text, params string[] expected) =>
        Assert.Equal(expected, Extracted.Scored(text));

    [Fact]
    public void AHedgeAppliesOnlyToItsOwnNumber()
    {
        var facts = new Dashboard.Core.Casualties.CasualtyExtractor().Extract("مقتل نحو 40 شخصا وإصابة 60 آخرين");

        Assert.Equal([true, false], facts.Select(f => f.Approx));
    }

    [Theory]
    [InlineData("قتل وجرح أكثر من عشرين شخصا", "casualties 21..-")]
    [InlineData("سقوط عشرات القتلى والجرحى", "casualties 10..-")]
    [InlineData("مقتل وإصابة 15 شخصا في انفجار", "casualties 15..15")]
    public void OneFigureOverBothKindsIsACasualtiesFact(string text, string expected) =>
        Assert.Equal([expected], Extracted.Facts(text));
}
