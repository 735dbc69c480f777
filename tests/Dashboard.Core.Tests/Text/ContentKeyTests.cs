using Dashboard.Core.Articles;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Text;

public sealed class ContentKeyTests
{
    private static readonly DateTimeOffset Published = new(2017, 1, 19, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("مقتل 12 شخصا", "مقتل ١٢ شخصا")]
    [InlineData("الرئيس أوباما", "الرئيس اوباما")]
    [InlineData("انفجار  في   بغداد", "انفجار في بغداد")]
    public void TheSameTextWrittenDifferentlyHasTheSameKey(string first, string second) =>
        Assert.Equal(ContentKey.Of(Article(first)), ContentKey.Of(Article(second)));

    [Fact]
    public void ADifferentBodyHasADifferentKey() =>
        Assert.NotEqual(ContentKey.Of(Article("مقتل 12 شخصا")), ContentKey.Of(Article("مقتل 13 شخصا")));

    [Fact]
    public void ParagraphBreaksArePartOfNeitherKeyNorMeaning() =>
        Assert.Equal(
            ContentKey.Of(new Article("عنوان", "مصدر", Published, ["فقرة أولى", "فقرة ثانية"])),
            ContentKey.Of(new Article("عنوان", "مصدر", Published, ["فقرة أولى فقرة ثانية"])));

    private static Article Article(string body) => new("عنوان", "مصدر", Published, [body]);
}
