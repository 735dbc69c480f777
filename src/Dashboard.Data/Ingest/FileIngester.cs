using Dashboard.Core.Articles;
using Dashboard.Core.Ingest;
using Dashboard.Core.Ingest.Aggregator;
using Dashboard.Data.Articles;

namespace Dashboard.Data.Ingest;

/// <summary>
/// Reads files and folders, recognises their format by content, and stores what they hold.
/// Each file is stored in one transaction: a crash loses at most the file being written,
/// and running the same ingest again completes it without duplicates.
/// </summary>
public sealed class FileIngester(ArticleStore store)
{
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
            var parsed = await ParseAsync(file, cancellationToken);
            foreach (var error in parsed.Errors)
            {
                report.Reject(error);
            }

            report.CountRead(parsed.Articles.Count);
            if (parsed.Articles.Count > 0 && !dryRun)
            {
                await StoreAsync(parsed.Articles, report, cancellationToken);
            }

            progress?.Report(new IngestProgress(++done, files.Count, report.Read, file));
        }

        return report;
    }

    private static async Task<ParseResult> ParseAsync(string file, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(file, cancellationToken);
        }
        catch (IOException exception)
        {
            return ParseResult.Failed(new InputError(file, null, $"could not be read: {exception.Message}"));
        }
        catch (UnauthorizedAccessException exception)
        {
            return ParseResult.Failed(new InputError(file, null, $"could not be read: {exception.Message}"));
        }

        if (text.Length == 0)
        {
            return ParseResult.Failed(new InputError(file, null, "the file is empty"));
        }

        return AggregatorTextParser.LooksLikeExport(text)
            ? AggregatorTextParser.Parse(file, text)
            : ParseResult.Failed(new InputError(file, null, "not a supported format: expected the aggregator's text export (a line 'YYYY-MM-DD HH:MM:SS - المصدر: OUTLET' near the top)"));
    }

    private async Task StoreAsync(IReadOnlyList<Article> articles, IngestReport report, CancellationToken cancellationToken)
    {
        var outcomes = await store.AddAsync(articles, cancellationToken);
        foreach (var outcome in outcomes)
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
}
