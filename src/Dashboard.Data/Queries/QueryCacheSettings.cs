using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Dashboard.Data.Queries;

/// <summary>How long and how much the dashboard keeps panel results that the data has not changed under.</summary>
/// <param name="MaxAge">
/// The longest a result is reused. Writes made through this process end reuse at once; the age bounds how
/// stale a panel can be after a write made by another process (a second dashboard instance, a CLI ingest).
/// Zero keeps nothing.
/// </param>
/// <param name="MaxRows">Rows of all kept results together; the least recently used go first.</param>
public sealed record QueryCacheSettings(TimeSpan MaxAge, long MaxRows)
{
    /// <summary>
    /// How old the previous answer to a question may be and still be given to callers who ask while its fresh
    /// answer is being computed (see <see cref="QueryCache"/>); zero makes every caller wait for the fresh one.
    /// </summary>
    public TimeSpan PreviousWhileRefreshing { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Configuration key of the age in seconds: <c>Database__QueryCacheSeconds</c> in the environment.</summary>
    public const string SecondsKey = "Database:QueryCacheSeconds";

    /// <summary>Half a minute, a quarter of a million rows.</summary>
    public static QueryCacheSettings Default { get; } = new(TimeSpan.FromSeconds(30), 250_000);

    /// <summary>Keeps nothing: every call queries the database.</summary>
    public static QueryCacheSettings Off { get; } = new(TimeSpan.Zero, 0) { PreviousWhileRefreshing = TimeSpan.Zero };

    /// <summary>Whether anything is kept.</summary>
    public bool Enabled => MaxAge > TimeSpan.Zero && MaxRows > 0;

    /// <summary>Reads <see cref="SecondsKey"/>; unset means <see cref="Default"/>.</summary>
    public static QueryCacheSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[SecondsKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            return Default;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            throw new InvalidOperationException($"{SecondsKey} '{text}' is not a whole number of seconds (0 turns the cache off).");
        }

        return Default with { MaxAge = TimeSpan.FromSeconds(seconds) };
    }
}
