using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Panels;
using Dashboard.Web.Export;

namespace Dashboard.Web.Tests.Export;

public sealed class CsvTableTests
{
    [Theory]
    [InlineData("راي اليوم")]
    [InlineData("الجيش، والشرطة")]
    [InlineData("قال: \"مقتل 80 مقاتلا\", ثم")]
    [InlineData("سطر أول\nسطر ثان")]
    public async Task ArabicCellsWithCommasQuotesAndLineBreaksComeBackUnchanged(string cell)
    {
        var table = new CsvTable(["source", "articles"], [[cell, CsvTable.Cell(12)]]);
        using var stream = new MemoryStream();

        await table.WriteAsync(stream);

        stream.Position = 0;
        using var reader = new CsvHelper.CsvReader(new StreamReader(stream), CultureInfo.InvariantCulture);
        Assert.True(await reader.ReadAsync());
        reader.ReadHeader();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(cell, reader.GetField("source"));
        Assert.Equal("12", reader.GetField("articles"));
        Assert.False(await reader.ReadAsync());
    }

    [Fact]
    public async Task TheFileStartsWithAByteOrderMarkSoSpreadsheetsReadArabic()
    {
        using var stream = new MemoryStream();

        await new CsvTable(["canonical"], [["أوباما"]]).WriteAsync(stream);

        Assert.Equal([0xEF, 0xBB, 0xBF], stream.ToArray()[..3]);
    }

    [Fact]
    public void AnOpenEndedFigureIsAnEmptyCell()
    {
        Assert.Equal("", CsvTable.Cell((long?)null));
        Assert.Equal("81", CsvTable.Cell((long?)81));
    }

    [Fact]
    public void TheExportAddressCarriesTheFilterWithTheApiNames()
    {
        var filter = new ArticleFilter(new DateOnly(2017, 1, 1), new DateOnly(2017, 1, 31), ["راي اليوم"]);

        var url = CsvExportButton.ExportUrl("volume", filter, Granularity.Week);

        Assert.Equal("export/volume.csv?from=2017-01-01&to=2017-01-31&source=" + Uri.EscapeDataString("راي اليوم") + "&granularity=week", url);
    }

    [Fact]
    public void TheFileNameSaysThePanelAndTheRange()
    {
        Assert.Equal("sources_2017-01-01_end.csv", ExportFileName.For("sources", new ArticleFilter(new DateOnly(2017, 1, 1)), "csv"));
    }
}
