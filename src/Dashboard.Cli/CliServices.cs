using Dashboard.Data;
using Dashboard.Data.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Cli;

/// <summary>The CLI's services: the same configuration keys and data layer as the web app.</summary>
internal static class CliServices
{
    /// <summary>The CLI's configuration: its appsettings.json, then the environment.</summary>
    public static IConfiguration Configuration() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>Services over a migrated database.</summary>
    public static ServiceProvider BuildMigrated()
    {
        var configuration = Configuration();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddDashboardData(configuration)
            .BuildServiceProvider();

        // A console app has no synchronisation context: waiting here cannot deadlock.
        services.GetRequiredService<SchemaMigrator>().MigrateAsync().GetAwaiter().GetResult();
        return services;
    }
}
