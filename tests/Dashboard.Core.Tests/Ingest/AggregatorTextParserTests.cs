using Dashboard.Core.Ingest.Aggregator;

namespace Dashboard.Core.Tests.Ingest;

public sealed class AggregatorTextParserTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TheRepeatedTitleIsReadOnce(int repeats)
    {
        var result = AggregatorTextParser.Parse("a.txt", AggregatorExportFixture.Write(repeats));

        Assert.Empty(result.Errors);
        var article = Assert.Single(result.Articles);
        Assert.Equal(AggregatorExportFixture.Title, article.Title);
    }

    [Fact]
    public void OutletTimeAndParagraphsAreKeptExactly()
    {
        var article = Assert.Single(AggregatorTextParser.Parse("a.txt", AggregatorExportFixture.Write()).Articles);

        Assert.Equal(AggregatorExportFixture.Outlet, article.Source);
        Assert.Equal(new DateTimeOffset(2017, 1, 19, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(AggregatorExportFixture.Paragraphs, article.Paragraphs);
    }

    [Fact]
    public void WindowsLineEndingsAndAByteOrderMarkChangeNothing()
    {
        var article = Assert.Single(AggregatorTextParser.Parse("a.txt", "\uFEFF" + AggregatorExportFixture.Write(newline: "\r\n")).Articles);

        Assert.Equal(AggregatorExportFixture.Title, article.Title);
        Assert.Equal(AggregatorExportFixture.Paragraphs, article.Paragraphs);
    }

    [Theory]
    [InlineData("", null, "empty")]
    [InlineData("   \n\n  ", null, "empty")]
    [InlineData("موقع\n\nعنوان\n\nنص بلا سطر تاريخ", 6, "without a line 'YYYY-MM-DD HH:MM:SS - المصدر: OUTLET'")]
    [InlineData("موقع\n\n2017-01-19 00:00:00 - المصدر: راي اليوم\n\nنص", 3, "title is missing")]
    [InlineData("موقع\n\nعنوان أول\nعنوان ثان\n\n2017-01-19 00:00:00 - المصدر: راي اليوم\n\nنص", 4, "title lines differ")]
    [InlineData("موقع\n\nعنوان\n\n2017-01-19 00:00:00 - المصدر: راي اليوم\n\n\n", 5, "no body")]
    [InlineData("موقع\n\nعنوان\n\n2017-02-30 00:00:00 - المصدر: راي اليوم\n\nنص", 5, "not a valid date")]
    [InlineData("موقع\nا\nا\nا\nا\n2017-01-19 00:00:00 - المصدر: راي اليوم\nنص", 2, "none within 3 title lines")]
    public void AFileNotInTheExportShapeIsRejectedWithItsLine(string text, int? line, string message)
    {
        var result = AggregatorTextParser.Parse("bad.txt", text);

        Assert.Empty(result.Articles);
        var error = Assert.Single(result.Errors);
        Assert.Equal("bad.txt", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "موقع\n\nعنوان\n\n2017-01-19 00:00:00 - المصدر: راي اليوم\n\nنص")]
    [InlineData(false, "{\"id\": \"a1\", \"text\": \"مقتل 3\"}")]
    [InlineData(false, "id,title,body\n1,عنوان,نص")]
    public void TheExportIsRecognisedByItsDateline(bool expected, string text) =>
        Assert.Equal(expected, AggregatorTextParser.LooksLikeExport(text));

    [SkippableFact]
    public void TheClientsSampleReadsAsOneArticleFromRaiAlYoum()
    {
        var folder = Path.Combine(SharedFolder.Path ?? "", "seed");
        Skip.If(SharedFolder.Path is null || !Directory.Exists(folder), "../shared/seed is not beside this checkout (a user's clone has none)");
        var file = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).First();

        var result = AggregatorTextParser.Parse(file, File.ReadAllText(file));

        Assert.Empty(result.Errors);
        var article = Assert.Single(result.Articles);
        Assert.Equal("راي اليوم", article.Source);
        Assert.Equal(new DateOnly(2017, 1, 19), DateOnly.FromDateTime(article.Published.UtcDateTime));
        Assert.StartsWith("مقتل اكثر من 80 مقاتلا", article.Title, StringComparison.Ordinal);
        Assert.StartsWith("واشنطن\u00A0ـ (أ ف ب)", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("أكد استمراره.", article.Paragraphs[^1], StringComparison.Ordinal);
        Assert.Equal(16, article.Paragraphs.Count);
    }
}
