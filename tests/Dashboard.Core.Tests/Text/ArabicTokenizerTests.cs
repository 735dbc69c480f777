using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Text;

public sealed class ArabicTokenizerTests
{
    [Theory]
    [InlineData("مقتل ١٢ شخصاً", "مقتل|١٢|شخصاً")]
    [InlineData("قُتِلَ 15,000 مدني.", "قُتِلَ|15,000|مدني|.")]
    [InlineData("الساعة 13.15 تغ", "الساعة|13.15|تغ")]
    [InlineData("«8» إصابات", "«|8|»|إصابات")]
    [InlineData("(أ ف ب) – اعلن", "(|أ|ف|ب|)|–|اعلن")]
    [InlineData("جـيـش", "جـيـش")]
    public void TokensKeepTheTextAsWritten(string text, string expected) =>
        Assert.Equal(expected.Split('|'), ArabicTokenizer.Tokenize(text).Select(t => t.Text));

    [Theory]
    [InlineData("مقتل اكثر من 80 مقاتلا من “الدولة الاسلامية”")]
    [InlineData("واشنطن\u00A0ـ (أ ف ب) – اعلن وزير الدفاع")]
    [InlineData("\u200Fبغداد\u200E: قُتِلَ ٣ جنود")]
    public void EveryTokenPointsBackAtItsExactCharacters(string text) =>
        Assert.All(ArabicTokenizer.Tokenize(text), t => Assert.Equal(t.Text, text[t.Start..t.End]));

    [Theory]
    [InlineData("١٢", 12L)]
    [InlineData("۱۲۳", 123L)]
    [InlineData("15,000", 15000L)]
    [InlineData("15٬000", 15000L)]
    [InlineData("1.500.000", 1500000L)]
    [InlineData("13.15", null)]
    [InlineData("2.5", null)]
    public void NumbersAreReadWithTheirSeparators(string text, long? value) =>
        Assert.Equal(value, Assert.Single(ArabicTokenizer.Tokenize(text)).Integer);

    [Fact]
    public void TheNormalFormFoldsSpelling() =>
        Assert.Equal(["الدوله", "الاسلاميه"], ArabicTokenizer.Tokenize("الدولة الإسلامية").Select(t => t.Normal));
}
