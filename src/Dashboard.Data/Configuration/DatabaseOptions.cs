using Microsoft.Extensions.Configuration;

namespace Dashboard.Data.Configuration;

/// <summary>Which engine to use and where it is, read from the standard configuration keys.</summary>
/// <param name="Provider">sqlite (the default) or postgres.</param>
/// <param name="ConnectionString">An ADO.NET connection string for that engine.</param>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>Configuration key of the engine: <c>Database__Provider</c> in the environment.</summary>
    public const string ProviderKey = "Database:Provider";

    /// <summary>Name under <c>ConnectionStrings</c>: <c>ConnectionStrings__Dashboard</c> in the environment.</summary>
    public const string ConnectionName = "Dashboard";

    /// <summary>
    /// Reads the options. With nothing set this is SQLite at <c>data/dashboard.db</c> under the
    /// repository root when running from a checkout (so the web app and the CLI share one file),
    /// else under the current folder.
    /// </summary>
    public static DatabaseOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerName = configuration[ProviderKey];
        var provider = string.IsNullOrWhiteSpace(providerName) ? DatabaseProvider.Sqlite : ParseProvider(providerName);
        var connectionString = configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException(
                    $"{ProviderKey} is '{providerName}' but ConnectionStrings:{ConnectionName} is not set; set ConnectionStrings__{ConnectionName}.");
            }

            connectionString = $"Data Source={Path.Combine(DefaultDataFolder(), "dashboard.db")}";
        }

        return new DatabaseOptions(provider, connectionString);
    }

    private static DatabaseProvider ParseProvider(string name) => name.Trim().ToUpperInvariant() switch
    {
        "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException($"{ProviderKey} '{name}' is not known: use sqlite or postgres."),
    };

    private static string DefaultDataFolder()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dashboard.sln")))
            {
                return Path.Combine(folder.FullName, "data");
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), "data");
    }
}
