namespace Dashboard.Web.Jobs;

/// <summary>Where the re-extraction job is: running or not, how far, the last error and when it last finished.</summary>
public sealed record ReextractionStatus(bool Running, bool Queued, long Done, long Total, string? Error, DateTimeOffset? LastFinished)
{
    /// <summary>Nothing has run yet.</summary>
    public static ReextractionStatus Idle { get; } = new(false, false, 0, 0, null, null);

    /// <summary>Share done, from 0 to 100.</summary>
    public double Percent => Total == 0 ? 0 : 100.0 * Done / Total;
}
