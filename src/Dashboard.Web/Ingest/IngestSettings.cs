namespace Dashboard.Web.Ingest;

/// <summary>Background ingestion (section <c>Ingest</c>): a watched folder and feeds polled on a schedule.</summary>
public sealed class IngestSettings
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Ingest";

    /// <summary>A folder whose new files are ingested, then moved to <c>done/</c> or <c>rejected/</c>; none when empty.</summary>
    public string? WatchFolder { get; set; }

    /// <summary>How often the watched folder is looked at, in seconds.</summary>
    public int WatchSeconds { get; set; } = 5;

    /// <summary>Feed URLs (RSS, Atom, JSON) fetched with conditional GET.</summary>
    public IReadOnlyList<string> Feeds { get; set; } = [];

    /// <summary>How often the feeds are fetched, in minutes.</summary>
    public int FeedMinutes { get; set; } = 15;
}
