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

        // The first successful check sets the baseline; until then (a database still away) nothing is announced.
        long? lastId = await TryLastIdAsync(stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.Value.PollSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var newest = await articles.LastIdAsync(stoppingToken);
                if (lastId is null)
                {
                    lastId = newest;
                    continue;
                }

                if (newest <= lastId)
                {
                    continue;
                }

                var added = await articles.CountAfterAsync(lastId.Value, stoppingToken);
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

    private async Task<long?> TryLastIdAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await articles.LastIdAsync(cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogCheckFailed(logger, error);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking for new articles failed; trying again at the next interval")]
    private static partial void LogCheckFailed(ILogger logger, Exception error);
}
