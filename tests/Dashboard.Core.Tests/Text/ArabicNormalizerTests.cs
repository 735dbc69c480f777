using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Text;

public sealed class ArabicNormalizerTests
{
    [Theory]
    [InlineData("أوباما", "اوباما")]
    [InlineData("إسرائيل", "اسراييل")]
    [InlineData("آلاف", "الاف")]
    [InlineData("الدولة الإسلامية", "الدوله الاسلاميه")]
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("مؤتمر", "موتمر")]
    [InlineData("جـــيـــش", "جيش")]
    [InlineData("قُتِلَ", "قتل")]
    [InlineData("٨٠ مقاتلا", "80 مقاتلا")]
    [InlineData("۱۲ شخصا", "12 شخصا")]
    [InlineData("“الدولة”", "\"الدوله\"")]
    [InlineData("\u200Fبغداد\u200E", "بغداد")]
    [InlineData("  مقتل \t\n  جندي  ", "مقتل جندي")]
    [InlineData("CNN عربية", "cnn عربيه")]
    [InlineData("ÉLYSÉE والإليزيه", "élysée والاليزيه")]
    [InlineData("ΑΘΗΝΑ أثينا", "αθηνα اثينا")]
    public void SpellingVariantsFoldToOneForm(string written, string folded) =>
        Assert.Equal(folded, ArabicNormalizer.Normalize(written));

    [Fact]
    public void EveryHamzaSpellingOfANameIsTheSame() =>
        Assert.Single(new[] { "أوباما", "اوباما", "إوباما", "آوباما" }.Select(ArabicNormalizer.Normalize).Distinct());
}
