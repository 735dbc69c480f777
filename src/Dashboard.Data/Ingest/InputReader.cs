using System.IO.Compression;
using System.Text;
using Dashboard.Core.Ingest;
using Dashboard.Core.Ingest.Aggregator;
using Dashboard.Core.Ingest.Csv;
using Dashboard.Core.Ingest.Feeds;
using Dashboard.Core.Ingest.Json;

namespace Dashboard.Data.Ingest;

/// <summary>
/// Turns one input (a file, an upload, a request body) into records: containers (gzip, zip) are
/// opened, the text encoding is detected, the format is told from the content, and every record
/// that cannot be used becomes an error naming where it is. A record whose text is mojibake is refused.
/// </summary>
public sealed class InputReader(TimeProvider clock)
{
    private const int HeadLength = 64 * 1024;
    private const long MaxEntryBytes = 512L * 1024 * 1024;
    private const long MaxArchiveBytes = 2L * 1024 * 1024 * 1024;
    private const int MaxCompressionRatio = 200;

    /// <summary>The records of a file on disk.</summary>
    public IEnumerable<ParsedRecord> ReadFile(string path, IngestOptions options, Action<FileStream>? opened = null)
    {
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [ParsedRecord.Rejected(new InputError(path, null, $"could not be read: {exception.Message}"))];
        }

        opened?.Invoke(stream);
        var magic = new byte[4];
        var read = stream.Read(magic);
        stream.Position = 0;
        return InputFormatDetector.DetectContainer(magic.AsSpan(0, read)) == InputFormat.Zip
            ? Archive(path, stream, options)
            : Read(path, stream, options);
    }

    /// <summary>The records of a stream named <paramref name="name"/>; the stream is disposed when the records have been read.</summary>
    public IEnumerable<ParsedRecord> Read(string name, Stream stream, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var input = PeekedStream.Open(stream, HeadLength);
        try
        {
            var container = InputFormatDetector.DetectContainer(input.Head);
            if (container == InputFormat.Gzip)
            {
                foreach (var record in Read(name, new GZipStream(input, CompressionMode.Decompress), options))
                {
                    yield return record;
                }

                yield break;
            }

            if (container is InputFormat.Zip or InputFormat.Binary)
            {
                yield return Reject(name, container == InputFormat.Zip ? "a zip archive inside an archive or a stream is not read; unpack it first" : "binary data, not text");
                yield break;
            }

            if (input.Head.Length == 0)
            {
                yield return Reject(name, "the file is empty");
                yield break;
            }

            var encoding = TextDecoding.Detect(input.Head, complete: input.Head.Length < HeadLength);
            var headText = encoding.GetString(input.Head);
            var format = InputFormatDetector.DetectText(headText);
            if (format == InputFormat.Unknown && options.CsvMapping is { Count: > 0 } mapping && mapping.Values.All(column => headText.Split('\n', 2)[0].Contains(column, StringComparison.OrdinalIgnoreCase)))
            {
                format = InputFormat.Csv; // a header of the user's own names, which the mapping explains
            }

            using var reader = new StreamReader(input, encoding, detectEncodingFromByteOrderMarks: true);
            var now = clock.GetUtcNow();
            IEnumerable<ParsedRecord> records = format switch
            {
                InputFormat.JsonLines => JsonArticleReader.ReadLines(name, reader, now),
                InputFormat.JsonArray => JsonArticleReader.ReadArray(name, new MemoryStream(Encoding.UTF8.GetBytes(reader.ReadToEnd())), now),
                InputFormat.Feed => FeedArticleReader.Read(name, reader, now),
                InputFormat.Csv => CsvArticleReader.Read(name, reader, CsvArticleReader.DelimiterOf(headText.TrimStart('\uFEFF').Split('\n', 2)[0]), options.CsvMapping, now),
                InputFormat.AggregatorText => Aggregator(name, reader.ReadToEnd()),
                InputFormat.Html => [Reject(name, "an HTML page, not a feed or an article export")],
                _ when string.IsNullOrWhiteSpace(headText) => [Reject(name, "the file is empty")],
                _ => [Reject(name, "not a supported format: expected JSON Lines, a JSON array, CSV/TSV with a header, an RSS or Atom feed, or the aggregator's text export")],
            };
            foreach (var record in records)
            {
                yield return record.Article is { } article && (TextDecoding.InvalidBytes(article.Title + article.Body) ?? TextDecoding.Mojibake(article.Title + " " + article.Body)) is { } problem
                    ? ParsedRecord.Rejected(new InputError(name, null, $"'{article.Title[..Math.Min(30, article.Title.Length)]}…': {problem}"))
                    : record;
            }
        }
        finally
        {
            input.Dispose();
        }
    }

    // Every entry of a zip archive, read as a file of its own; entries that would write outside the
    // archive or that expand beyond reason are refused by name.
    private IEnumerable<ParsedRecord> Archive(string path, FileStream stream, IngestOptions options)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read);
        }
        catch (InvalidDataException exception)
        {
            stream.Dispose();
            return [Reject(path, $"not a readable zip archive: {exception.Message}")];
        }

        return Entries(path, archive, options);
    }

    private IEnumerable<ParsedRecord> Entries(string path, ZipArchive archive, IngestOptions options)
    {
        using (archive)
        {
            var expanded = 0L;
            foreach (var entry in archive.Entries.Where(e => !e.FullName.EndsWith('/')).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var name = $"{path}!/{entry.FullName}";
                if (IsUnsafe(entry.FullName))
                {
                    yield return Reject(name, "the entry's path leaves the archive (../ or an absolute path); it was not read");
                    continue;
                }

                if (entry.Length > MaxEntryBytes || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxCompressionRatio) || expanded + entry.Length > MaxArchiveBytes)
                {
                    yield return Reject(name, $"the entry expands to {entry.Length:N0} bytes from {entry.CompressedLength:N0}: refused as a zip bomb");
                    continue;
                }

                expanded += entry.Length;
                foreach (var record in Read(name, entry.Open(), options))
                {
                    yield return record;
                }
            }
        }
    }

    private static bool IsUnsafe(string entryName) =>
        entryName.StartsWith('/') || entryName.StartsWith('\\') || entryName.Contains(':', StringComparison.Ordinal)
        || entryName.Replace('\\', '/').Split('/').Any(segment => segment == "..");

    private static IEnumerable<ParsedRecord> Aggregator(string name, string text)
    {
        var parsed = AggregatorTextParser.Parse(name, text);
        return parsed.Errors.Select(ParsedRecord.Rejected).Concat(parsed.Articles.Select(ParsedRecord.Of));
    }

    private static ParsedRecord Reject(string name, string message) => ParsedRecord.Rejected(new InputError(name, null, message));
}
