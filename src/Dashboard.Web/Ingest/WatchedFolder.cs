using Dashboard.Data.Ingest;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Ingest;

/// <summary>
/// Ingests the files dropped into the watched folder once they stop growing. A file from which
/// something was read moves to <c>done/</c>; one from which nothing could be read moves to
/// <c>rejected/</c>; either way a <c>.report.txt</c> beside it lists what was rejected and why.
/// </summary>
public sealed partial class WatchedFolder(FileIngester ingester, IOptions<IngestSettings> settings, ILogger<WatchedFolder> logger) : BackgroundService
{
    private readonly Dictionary<string, long> _sizes = [];

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Value.WatchFolder))
        {
            return;
        }

        var folder = Directory.CreateDirectory(Path.GetFullPath(settings.Value.WatchFolder)).FullName;
        LogWatching(logger, folder);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, settings.Value.WatchSeconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var file in Directory.EnumerateFiles(folder).Where(f => !f.EndsWith(".report.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                // A file still being copied grows between two looks; it waits for the next one.
                var size = new FileInfo(file).Length;
                if (!_sizes.TryGetValue(file, out var before) || before != size)
                {
                    _sizes[file] = size;
                    continue;
                }

                _sizes.Remove(file);
                await IngestAsync(folder, file, stoppingToken);
            }
        }
    }

    private async Task IngestAsync(string folder, string file, CancellationToken cancellationToken)
    {
        // A link would let whoever may drop files into the folder make the dashboard read any file the
        // service can read; only files that are really in the folder are ingested.
        if (new FileInfo(file).LinkTarget is { } linkTarget)
        {
            var rejected = Directory.CreateDirectory(Path.Combine(folder, "rejected")).FullName;
            var moved = Path.Combine(rejected, Path.GetFileName(file));
            File.Move(file, moved, overwrite: true);
            await File.WriteAllTextAsync(moved + ".report.txt", $"not read: {Path.GetFileName(file)} is a link (to {linkTarget}), not a file in the watched folder\n", cancellationToken);
            LogLinkRefused(logger, Path.GetFileName(file), linkTarget);
            return;
        }

        IngestReport report;
        try
        {
            report = await ingester.IngestAsync([file], IngestOptions.Default, cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            LogFailed(logger, file, exception);
            return;
        }

        var target = Directory.CreateDirectory(Path.Combine(folder, report.ReadAnything ? "done" : "rejected")).FullName;
        var destination = Path.Combine(target, Path.GetFileName(file));
        File.Move(file, destination, overwrite: true);
        var lines = new List<string> { $"read {report.Read}, added {report.Added}, duplicates {report.Duplicates}, near-duplicates {report.NearDuplicates}, rejected {report.Rejected.Count}" };
        lines.AddRange(report.Rejected.Select(e => e.ToString().Replace(file, Path.GetFileName(file), StringComparison.Ordinal)));
        await File.WriteAllLinesAsync(destination + ".report.txt", lines, cancellationToken);
        LogIngested(logger, Path.GetFileName(file), report.Read, report.Added, report.Rejected.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {File} in the watched folder: a link to {Target}, not a file")]
    private static partial void LogLinkRefused(ILogger logger, string file, string target);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Folder} for files to ingest")]
    private static partial void LogWatching(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {File}: read {Read}, added {Added}, rejected {Rejected}")]
    private static partial void LogIngested(ILogger logger, string file, int read, int added, int rejected);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ingest {File}; it stays for the next try")]
    private static partial void LogFailed(ILogger logger, string file, Exception exception);
}
