using Dashboard.Data.Ingest;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Ingest;

/// <summary>Fetches the configured feeds on a schedule; conditional GET keeps unchanged feeds cheap.</summary>
public sealed partial class FeedPoller(FileIngester ingester, IOptions<IngestSettings> settings, ILogger<FeedPoller> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.Value.Feeds.Count == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, settings.Value.FeedMinutes)));
        do
        {
            try
            {
                var report = await ingester.IngestAsync(settings.Value.Feeds, IngestOptions.Default, cancellationToken: stoppingToken);
                LogPolled(logger, settings.Value.Feeds.Count, report.Added, report.NotModified, report.Rejected.Count);
                foreach (var error in report.Rejected)
                {
                    LogRejected(logger, error.ToString());
                }
            }
            catch (System.Data.Common.DbException error)
            {
                // The database away (stopped, locked): the feeds are polled again at the next interval.
                LogDatabaseFailed(logger, error);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled {Feeds} feed(s): added {Added}, not modified {NotModified}, rejected {Rejected}")]
    private static partial void LogPolled(ILogger logger, int feeds, int added, int notModified, int rejected);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling the feeds failed on the database; trying again at the next interval")]
    private static partial void LogDatabaseFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed input rejected: {Error}")]
    private static partial void LogRejected(ILogger logger, string error);
}
