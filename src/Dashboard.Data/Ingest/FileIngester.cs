using Dashboard.Core.Articles;
using Dashboard.Core.Extraction;
using Dashboard.Core.Ingest;
using Dashboard.Data.Articles;

namespace Dashboard.Data.Ingest;

/// <summary>
/// Reads files and folders, recognises each file's format by its content (gzip, JSON Lines, JSON
/// arrays, the aggregator's text export), and stores what they hold in batches. Each batch is one
/// transaction: a crash loses at most the batch being written, and running the same ingest again
/// completes it without duplicates.
/// </summary>
public sealed class FileIngester(ArticleStore store, InputReader reader, FeedFetcher? feeds = null)
{
    /// <summary>Articles written per transaction.</summary>
    public const int BatchSize = 500;

    /// <summary>An ingest that adds at least this many articles refreshes the planner's statistics when it ends.</summary>
    public const int RefreshStatisticsAfter = 10_000;

    /// <summary>Ingests every file under the given paths (folders recursively).</summary>
    public async Task<IngestReport> IngestAsync(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, bool dryRun = false, CancellationToken cancellationToken = default) =>
        await IngestAsync(paths, new IngestOptions(dryRun), progress, cancellationToken);

    /// <summary>Ingests every file under the given paths (folders recursively) with the given options.</summary>
    public async Task<IngestReport> IngestAsync(IEnumerable<string> paths, IngestOptions options, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dryRun = options.DryRun;
        ArgumentNullException.ThrowIfNull(paths);
        var report = new IngestReport();
        var files = new List<string>();
        var urls = new List<string>();
        foreach (var path in paths)
        {
            if (Uri.TryCreate(path, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                urls.Add(path);
            }
            else if (Directory.Exists(path))
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

        var writer = new BatchWriter(store);
        var done = 0;
        var bytesTotal = files.Sum(Length);
        var bytesDone = 0L;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            report.CountFile();
            var finished = done;
            var before = bytesDone;
            FileStream? current = null;

            // The stream's position tells how far into a large file the reader is, for the time left.
            await StoreRecordsAsync(file, reader.ReadFile(file, options, stream => current = stream), writer, report, dryRun,
                () => progress?.Report(new IngestProgress(finished, files.Count, report.Read, file, before + Position(current), bytesTotal)), cancellationToken);
            bytesDone += Length(file);
            progress?.Report(new IngestProgress(++done, files.Count, report.Read, file, bytesDone, bytesTotal));
        }

        foreach (var url in urls)
        {
            await IngestUrlAsync(url, options, report, cancellationToken);
        }

        await writer.CompleteAsync();
        if (report.Added >= RefreshStatisticsAfter)
        {
            await store.RefreshStatisticsAsync(cancellationToken);
        }

        return report;
    }

    /// <summary>Ingests one uploaded or posted input under the name it was given, adding to <paramref name="report"/>.</summary>
    public async Task IngestStreamAsync(string name, Stream stream, IngestOptions options, IngestReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(report);
        report.CountFile();
        var writer = new BatchWriter(store);
        await StoreRecordsAsync(name, reader.Read(name, stream, options), writer, report, options.DryRun, null, cancellationToken);
        await writer.CompleteAsync();
    }

    // Rejections are reported, articles gathered into batches and handed to the writer.
    private static async Task StoreRecordsAsync(string name, IEnumerable<ParsedRecord> records, BatchWriter writer, IngestReport report, bool dryRun, Action? batchStored, CancellationToken cancellationToken)
    {
        var batch = new List<Article>(BatchSize);
        foreach (var record in records)
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
                await writer.SubmitAsync(name, batch, report, dryRun, cancellationToken);
                batchStored?.Invoke();
            }
        }

        await writer.SubmitAsync(name, batch, report, dryRun, cancellationToken);
    }

    private static long Length(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    // A disposed stream (the file was read to its end) has no position: it counts as not yet added.
    private static long Position(FileStream? stream)
    {
        try
        {
            return stream is { CanSeek: true } ? stream.Position : 0;
        }
        catch (ObjectDisposedException)
        {
            return 0;
        }
    }

    private async Task IngestUrlAsync(string url, IngestOptions options, IngestReport report, CancellationToken cancellationToken)
    {
        if (feeds is null)
        {
            report.Reject(new InputError(url, null, "URLs are not fetched by this ingester"));
            return;
        }

        var (body, error) = await feeds.FetchAsync(url, cancellationToken);
        if (error is not null)
        {
            report.CountFile();
            report.Reject(error);
            return;
        }

        if (body is null)
        {
            report.CountFile();
            report.CountNotModified();
            return;
        }

        await IngestStreamAsync(url, new MemoryStream(body), options, report, cancellationToken);
    }
}
