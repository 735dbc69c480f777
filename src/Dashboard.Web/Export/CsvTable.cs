using System.Globalization;
using System.Text;
using CsvHelper;

namespace Dashboard.Web.Export;

/// <summary>
/// A panel's data as a CSV file: a header row and one row per record, written by CsvHelper so
/// commas, quotes and line breaks inside Arabic titles are quoted as RFC 4180 asks.
/// </summary>
/// <param name="Header">The column names, the API's field names.</param>
/// <param name="Rows">The cells of each row, already formatted invariantly.</param>
public sealed record CsvTable(IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<string>> Rows)
{
    /// <summary>
    /// UTF-8 with a byte-order mark: without it Excel reads the file as the machine's ANSI code page
    /// and shows Arabic as mojibake.
    /// </summary>
    public static readonly Encoding FileEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes the table to <paramref name="stream"/>, leaving it open.</summary>
    public async Task WriteAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await using var writer = new StreamWriter(stream, FileEncoding, bufferSize: 16 * 1024, leaveOpen: true);
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
                csv.WriteField(cell);
            }

            await csv.NextRecordAsync();
        }
    }

    /// <summary>A whole number as the file writes it.</summary>
    public static string Cell(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An optional whole number; empty when unknown (an open-ended "more than").</summary>
    public static string Cell(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
