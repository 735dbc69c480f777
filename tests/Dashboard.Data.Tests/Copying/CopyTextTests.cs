using Dashboard.Data.Copying;

namespace Dashboard.Data.Tests.Copying;

public sealed class CopyTextTests
{
    [Theory]
    [InlineData("مقتل 12 شخصا في بغداد", "مقتل 12 شخصا في بغداد")]
    [InlineData("السطر الأول\nالسطر الثاني", @"السطر الأول\nالسطر الثاني")]
    [InlineData("عمود\tآخر", @"عمود\tآخر")]
    [InlineData("نهاية\r\nسطر", @"نهاية\r\nسطر")]
    [InlineData(@"C:\الأخبار", @"C:\\الأخبار")]
    [InlineData(@"\N", @"\\N")]
    public void TextKeepsEveryCharacterAndCannotEndItsFieldOrRow(string text, string field) =>
        Assert.Equal(field, CopyText.Field(text));

    [Fact]
    public void NullIsTheNullMarkerNotTheLetters() => Assert.Equal(@"\N", CopyText.Field(DBNull.Value));

    [Fact]
    public void NumbersAreWrittenWithoutTheMachinesCulture()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
        try
        {
            Assert.Equal("1234567", CopyText.Field(1234567L));
            Assert.Equal("0.25", CopyText.Field(0.25));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Fact]
    public void BytesAreHexWithTheirBackslashEscaped() => Assert.Equal(@"\\x00ff0a", CopyText.Field(new byte[] { 0x00, 0xff, 0x0a }));
}
