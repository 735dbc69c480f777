using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;

namespace Dashboard.Web.Export;

/// <summary>
/// A panel's data as a downloadable table: a header row and one row per record. CSV is written by
/// CsvHelper (commas, quotes and line breaks inside Arabic titles quoted as RFC 4180 asks), XLSX by
/// MiniExcel. Text that a spreadsheet would run as a formula is neutralised in both.
/// </summary>
/// <param name="Header">The column names, the API's field names.</param>
/// <param name="Rows">The cells of each row: text, a whole number, or null for unknown.</param>
public sealed record ExportTable(IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows)
{
    /// <summary>
    /// UTF-8 with a byte-order mark: without it Excel reads the file as the machine's ANSI code page
    /// and shows Arabic as mojibake.
    /// </summary>
    public static readonly Encoding CsvEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes the table in <paramref name="format"/> to <paramref name="stream"/>, leaving it open.</summary>
    public Task WriteAsync(Stream stream, ExportFormat format, CancellationToken cancellationToken = default) => format switch
    {
        ExportFormat.Csv => WriteCsvAsync(stream, cancellationToken),
        ExportFormat.Xlsx => WriteXlsxAsync(stream, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>
    /// Text as a spreadsheet may safely show it: a cell starting with = + - @ (or a tab or carriage
    /// return, which some spreadsheets skip before reading one of those) gets a leading apostrophe, so
    /// a hostile headline such as <c>=HYPERLINK(…)</c> stays text (OWASP's CSV injection advice).
    /// </summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    private async Task WriteCsvAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await using var writer = new StreamWriter(stream, CsvEncoding, bufferSize: 16 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var name in Header)
        {
            csv.WriteField(name);
        }

        await csv.NextRecordAsync();
        foreach (var row in Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var cell in row)
            {
                csv.WriteField(cell switch
                {
                    null => "",
                    string text => Neutralise(text),
                    IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
                    var other => Neutralise(other.ToString() ?? ""),
                });
            }

            await csv.NextRecordAsync();
        }
    }

    // MiniExcel writes synchronously, which the server's response stream refuses: the workbook is
    // built in memory (a panel holds at most a few thousand rows) and copied out.
    private async Task WriteXlsxAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var sheet = Rows.Select(row =>
        {
            var record = new Dictionary<string, object?>(Header.Count, StringComparer.Ordinal);
            for (var i = 0; i < Header.Count; i++)
            {
                var cell = i < row.Count ? row[i] : null;
                record[Header[i]] = cell is string text ? Neutralise(text) : cell;
            }

            return record;
        });
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(sheet, printHeader: true, sheetName: "data", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(stream, cancellationToken);
    }
}
