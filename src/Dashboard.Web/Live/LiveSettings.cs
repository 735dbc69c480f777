namespace Dashboard.Web.Live;

/// <summary>Live updates of open dashboards (section <c>Live</c>).</summary>
public sealed class LiveSettings
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Live";

    /// <summary>How often the store is checked for new articles, in seconds; 0 turns live updates off.</summary>
    public int PollSeconds { get; set; } = 5;
}
