using System.IO.Compression;
using System.Text;
using Dashboard.Core.Articles;
using Dashboard.Core.Ingest;
using Dashboard.Core.Ingest.Aggregator;
using Dashboard.Core.Ingest.Json;
using Dashboard.Data.Articles;

namespace Dashboard.Data.Ingest;

/// <summary>
/// Reads files and folders, recognises each file's format by its content (gzip, JSON Lines, JSON
/// arrays, the aggregator's text export), and stores what they hold in batches. Each batch is one
/// transaction: a crash loses at most the batch being written, and running the same ingest again
/// completes it without duplicates.
/// </summary>
public sealed class FileIngester(ArticleStore store)
{
    /// <summary>Articles written per transaction.</summary>
    public const int BatchSize = 500;

    /// <summary>Ingests every file under the given paths (folders recursively).</summary>
    public async Task<IngestReport> IngestAsync(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var report = new IngestReport();
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                report.Reject(new InputError(path, null, "no such file or folder"));
            }
        }

        var done = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            report.CountFile();
            var batch = new List<Article>(BatchSize);
            foreach (var record in Read(file))
            {
                if (record.Error is { } error)
                {
                    report.Reject(error);
                    continue;
                }

                report.CountRead(1);
                batch.Add(record.Article!);
                if (batch.Count == BatchSize)
                {
                    await StoreAsync(batch, report, dryRun, cancellationToken);
                    progress?.Report(new IngestProgress(done, files.Count, report.Read, file));
                }
            }

            await StoreAsync(batch, report, dryRun, cancellationToken);
            progress?.Report(new IngestProgress(++done, files.Count, report.Read, file));
        }

        return report;
    }

    private static IEnumerable<ParsedRecord> Read(string file)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [ParsedRecord.Rejected(new InputError(file, null, $"could not be read: {exception.Message}"))];
        }

        return Records(file, stream);
    }

    private static IEnumerable<ParsedRecord> Records(string file, Stream stream)
    {
        var empty = stream.Length == 0;
        var input = PeekedStream.Open(stream, InputFormatDetector.HeadLength);
        try
        {
            var format = InputFormatDetector.Detect(input.Head);
            if (format == InputFormat.Gzip)
            {
                input = PeekedStream.Open(new GZipStream(input, CompressionMode.Decompress), InputFormatDetector.HeadLength);
                format = InputFormatDetector.Detect(input.Head);
            }

            IEnumerable<ParsedRecord> records = format switch
            {
                InputFormat.JsonLines => JsonArticleReader.ReadLines(file, new StreamReader(input, Encoding.UTF8)),
                InputFormat.JsonArray => JsonArticleReader.ReadArray(file, input),
                InputFormat.AggregatorText => Aggregator(file, input),
                _ when empty => [ParsedRecord.Rejected(new InputError(file, null, "the file is empty"))],
                _ => [ParsedRecord.Rejected(new InputError(file, null, "not a supported format: expected JSON Lines, a JSON array, or the aggregator's text export (a line 'YYYY-MM-DD HH:MM:SS - المصدر: OUTLET' near the top)"))],
            };
            foreach (var record in records)
            {
                yield return record;
            }
        }
        finally
        {
            // Disposing the outermost stream closes every stream inside it, the file included.
            input.Dispose();
        }
    }

    private static IEnumerable<ParsedRecord> Aggregator(string file, Stream input)
    {
        var parsed = AggregatorTextParser.Parse(file, new StreamReader(input, Encoding.UTF8).ReadToEnd());
        return parsed.Errors.Select(ParsedRecord.Rejected).Concat(parsed.Articles.Select(ParsedRecord.Of));
    }

    private async Task StoreAsync(List<Article> batch, IngestReport report, bool dryRun, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        if (!dryRun)
        {
            foreach (var outcome in await store.AddAsync(batch, cancellationToken))
            {
                if (outcome == StoreOutcome.Added)
                {
                    report.CountAdded();
                }
                else
                {
                    report.CountDuplicate();
                }
            }
        }

        batch.Clear();
    }
}
