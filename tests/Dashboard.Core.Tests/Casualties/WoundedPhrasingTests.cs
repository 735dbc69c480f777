namespace Dashboard.Core.Tests.Casualties;

public sealed class WoundedPhrasingTests
{
    [Theory]
    [InlineData("أصيب 40 شخصا بجروح في الانفجار", "wounded 40..40")]
    [InlineData("واصيب ستة اشخاص في الحادث", "wounded 6..6")]
    [InlineData("وجرح 12 آخرون", "wounded 12..12")]
    [InlineData("أسفر التفجير عن 75 جريحا", "wounded 75..75")]
    [InlineData("نقل 18 مصابا إلى المستشفى", "wounded 18..18")]
    [InlineData("وسجلت 31 إصابة بين المارة", "wounded 31..31")]
    [InlineData("إصابة شرطي في إطلاق نار", "wounded 1..1")]
    [InlineData("أصيب جنديان بجروح طفيفة", "wounded 2..2")]
    [InlineData("وقال إن 20 شخصا أصيبوا في القصف", "wounded 20..20")]
    public void WoundedIsReadFromItsVerbsAndNouns(string text, params string[] expected) =>
        Assert.Equal(expected, Extracted.Scored(text));
}
