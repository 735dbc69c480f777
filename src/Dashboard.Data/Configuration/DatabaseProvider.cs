namespace Dashboard.Data.Configuration;

/// <summary>The database engines the dashboard runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: one file, no server.</summary>
    Sqlite,

    /// <summary>The server engine for large deployments.</summary>
    Postgres,
}
