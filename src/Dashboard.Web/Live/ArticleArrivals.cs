using Dashboard.Data.Queries;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Live;

/// <summary>
/// Tells open dashboards when articles arrive. It watches the store rather than the ingest code, so
/// articles added by the command line, by another instance or through the API are seen alike; one
/// cheap query (the newest id) per interval serves every open circuit.
/// </summary>
public sealed partial class ArticleArrivals(ArticleQueries articles, IOptions<LiveSettings> settings, ILogger<ArticleArrivals> logger) : BackgroundService
{
    /// <summary>Raised with how many articles arrived since the last check.</summary>
    public event Action<long>? Arrived;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.Value.PollSeconds <= 0)
        {
            return;
        }

        var lastId = await articles.LastIdAsync(stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.Value.PollSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var newest = await articles.LastIdAsync(stoppingToken);
                if (newest <= lastId)
                {
                    continue;
                }

                var added = await articles.CountAfterAsync(lastId, stoppingToken);
                lastId = newest;
                Arrived?.Invoke(added);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // A busy or briefly unavailable database must not end live updates for good.
                LogCheckFailed(logger, error);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking for new articles failed; trying again at the next interval")]
    private static partial void LogCheckFailed(ILogger logger, Exception error);
}
