using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Panels;
using Dashboard.Web.Export;
using MiniExcelLibs;

namespace Dashboard.Web.Tests.Export;

public sealed class ExportTableTests
{
    [Theory]
    [InlineData("راي اليوم")]
    [InlineData("الجيش، والشرطة")]
    [InlineData("قال: \"مقتل 80 مقاتلا\", ثم")]
    [InlineData("سطر أول\nسطر ثان")]
    public async Task ArabicCellsWithCommasQuotesAndLineBreaksComeBackUnchanged(string cell)
    {
        var table = new ExportTable(["source", "articles"], [[cell, 12L]]);

        var rows = await ReadCsvAsync(table);

        Assert.Equal(cell, rows[0]["source"]);
        Assert.Equal("12", rows[0]["articles"]);
    }

    [Fact]
    public async Task TheCsvStartsWithAByteOrderMarkSoSpreadsheetsReadArabic()
    {
        using var stream = new MemoryStream();

        await new ExportTable(["canonical"], [["أوباما"]]).WriteAsync(stream, ExportFormat.Csv);

        Assert.Equal([0xEF, 0xBB, 0xBF], stream.ToArray()[..3]);
    }

    [Fact]
    public async Task AnOpenEndedFigureIsAnEmptyCell()
    {
        var rows = await ReadCsvAsync(new ExportTable(["killed_min", "killed_max"], [[81L, null]]));

        Assert.Equal(("81", ""), (rows[0]["killed_min"], rows[0]["killed_max"]));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"انقر\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    public async Task TextThatASpreadsheetWouldRunAsAFormulaStaysText(string hostile)
    {
        var csv = await ReadCsvAsync(new ExportTable(["title"], [[hostile]]));
        var xlsx = await ReadXlsxAsync(new ExportTable(["title"], [[hostile]]));

        Assert.Equal("'" + hostile, csv[0]["title"]);
        Assert.Equal("'" + hostile, xlsx[0]["title"]);
    }

    [Fact]
    public async Task TheWorkbookHoldsTheHeaderArabicTextAndNumbersAsNumbers()
    {
        var rows = await ReadXlsxAsync(new ExportTable(["source", "articles"], [["راي اليوم", 12L], ["الجزيرة نت", 7L]]));

        Assert.Equal(2, rows.Count);
        Assert.Equal("راي اليوم", rows[0]["source"]);
        Assert.Equal(12d, Convert.ToDouble(rows[0]["articles"], CultureInfo.InvariantCulture));
        Assert.IsNotType<string>(rows[1]["articles"]);
    }

    [Theory]
    [InlineData(ExportFormat.Csv, "export/volume.csv")]
    [InlineData(ExportFormat.Xlsx, "export/volume.xlsx")]
    public void TheExportAddressCarriesTheFilterWithTheApiNames(ExportFormat format, string path)
    {
        var filter = new ArticleFilter(new DateOnly(2017, 1, 1), new DateOnly(2017, 1, 31), ["راي اليوم"]);

        var url = DataExportButtons.ExportUrl("volume", filter, Granularity.Week, format: format);

        Assert.Equal(path + "?from=2017-01-01&to=2017-01-31&source=" + Uri.EscapeDataString("راي اليوم") + "&granularity=week", url);
    }

    [Fact]
    public void TheFileNameSaysThePanelAndTheRange()
    {
        Assert.Equal("sources_2017-01-01_end.csv", ExportFileName.For("sources", new ArticleFilter(new DateOnly(2017, 1, 1)), "csv"));
    }

    private static async Task<List<Dictionary<string, string>>> ReadCsvAsync(ExportTable table)
    {
        using var stream = new MemoryStream();
        await table.WriteAsync(stream, ExportFormat.Csv);
        stream.Position = 0;
        using var reader = new CsvHelper.CsvReader(new StreamReader(stream), CultureInfo.InvariantCulture);
        await reader.ReadAsync();
        reader.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.HeaderRecord!.ToDictionary(h => h, h => reader.GetField(h)!));
        }

        return rows;
    }

    private static async Task<List<IDictionary<string, object?>>> ReadXlsxAsync(ExportTable table)
    {
        using var stream = new MemoryStream();
        await table.WriteAsync(stream, ExportFormat.Xlsx);
        stream.Position = 0;
        return [.. stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()];
    }
}
