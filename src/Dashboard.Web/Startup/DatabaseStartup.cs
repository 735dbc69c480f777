using Dashboard.Core.Demo;
using Dashboard.Data.Ingest;
using Dashboard.Data.Migrations;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Startup;

/// <summary>
/// Before the app serves its first request: brings the schema up to date, and gives an empty
/// database the demo corpus so a newcomer sees a living dashboard.
/// </summary>
public sealed partial class DatabaseStartup(SchemaMigrator migrator, DemoSeeder seeder, IOptions<DemoDataOptions> demo, ILogger<DatabaseStartup> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
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

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s): {Scripts}")]
    private static partial void LogMigrated(ILogger logger, int count, string scripts);

    [LoggerMessage(Level = LogLevel.Information, Message = "The database was empty: stored {Count} demo articles (seed {Seed})")]
    private static partial void LogSeeded(ILogger logger, int count, int seed);
}
