using Dashboard.Data.Configuration;

namespace Dashboard.Data.Dialects;

/// <summary>Picks the dialect for the configured engine.</summary>
public static class DialectFactory
{
    /// <summary>The dialect of <paramref name="options"/>.</summary>
    public static ISqlDialect Create(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteDialect(options.ConnectionString),
            DatabaseProvider.Postgres => new PostgresDialect(options.ConnectionString),
            _ => throw new NotSupportedException($"Database provider {options.Provider} is not known."),
        };
    }
}
