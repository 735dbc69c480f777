using Dashboard.Core.Demo;
using Dashboard.Data.Ingest;
using Dashboard.Data.Migrations;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Startup;

/// <summary>
/// Before the app serves its first request: brings the schema up to date, and gives an empty
/// database the demo corpus so a newcomer sees a living dashboard. When the database cannot be
/// reached (a PostgreSQL server still starting or stopped, a SQLite file locked or corrupt) the app
/// starts anyway, says so in its log and on <c>/health</c>, and keeps trying in the background with a
/// growing pause, so a service manager sees a running process instead of a crash loop.
/// </summary>
public sealed partial class DatabaseStartup(SchemaMigrator migrator, DemoSeeder seeder, IOptions<DemoDataOptions> demo, ILogger<DatabaseStartup> logger)
    : IHostedService, IDisposable
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stopping = new();
    private Task _retrying = Task.CompletedTask;
    private bool _disposed;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await PrepareAsync(cancellationToken);
        }
        catch (Exception error) when (Health.DatabaseOutage.IsOutage(error))
        {
            LogUnavailable(logger, error.Message);
            _retrying = RetryAsync(_stopping.Token);
        }
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A test host may dispose the services before it stops them.
        if (_disposed)
        {
            return;
        }

        await _stopping.CancelAsync();
        try
        {
            await _retrying.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping while the database is still away.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        _stopping.Dispose();
    }

    private async Task RetryAsync(CancellationToken cancellationToken)
    {
        var pause = FirstPause;
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(pause, cancellationToken);
            try
            {
                await PrepareAsync(cancellationToken);
                LogBack(logger);
                return;
            }
            catch (Exception error) when (Health.DatabaseOutage.IsOutage(error))
            {
                LogStillUnavailable(logger, error.Message);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var applied = await migrator.MigrateAsync(cancellationToken);
        if (applied.Count > 0)
        {
            LogMigrated(logger, applied.Count, string.Join(", ", applied));
        }

        if (demo.Value.SeedWhenEmpty)
        {
            var added = await seeder.SeedIfEmptyAsync(new DemoCorpusOptions(demo.Value.Articles, demo.Value.Seed), cancellationToken);
            if (added > 0)
            {
                LogSeeded(logger, added, demo.Value.Seed);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s): {Scripts}")]
    private static partial void LogMigrated(ILogger logger, int count, string scripts);

    [LoggerMessage(Level = LogLevel.Information, Message = "The database was empty: stored {Count} demo articles (seed {Seed})")]
    private static partial void LogSeeded(ILogger logger, int count, int seed);

    [LoggerMessage(Level = LogLevel.Error, Message = "The database cannot be reached: {Reason}. The dashboard starts anyway, /health reports it, and the connection is retried in the background")]
    private static partial void LogUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is still unavailable: {Reason}")]
    private static partial void LogStillUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The database is back: the schema is current and the dashboard serves data again")]
    private static partial void LogBack(ILogger logger);
}
