namespace Dashboard.Data.Queries;

/// <summary>The filters every panel shares: an inclusive range of days (UTC) and optional outlets.</summary>
/// <param name="From">First day included, or null for no lower bound.</param>
/// <param name="To">Last day included, or null for no upper bound.</param>
/// <param name="Sources">Outlets to keep; empty or null keeps all.</param>
/// <param name="Actors">Canonical actor names: keep articles that mention any of them; empty or null keeps all.</param>
public sealed record ArticleFilter(DateOnly? From = null, DateOnly? To = null, IReadOnlyList<string>? Sources = null, IReadOnlyList<string>? Actors = null)
{
    /// <summary>No filter: every article.</summary>
    public static ArticleFilter All { get; } = new();

    /// <summary>
    /// Equal for equal filters, unlike the record's own equality, which compares the lists by
    /// reference; panels use it to skip reloading when nothing changed.
    /// </summary>
    public string Key => string.Join('\u001e', From?.ToString("O", System.Globalization.CultureInfo.InvariantCulture), To?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        string.Join('\u001f', Sources ?? []), string.Join('\u001f', Actors ?? []));
}
