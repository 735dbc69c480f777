namespace Dashboard.Data.Queries;

/// <summary>The length of one period on a time axis.</summary>
public enum Granularity
{
    /// <summary>Calendar days (UTC).</summary>
    Day,

    /// <summary>ISO weeks, starting on Monday.</summary>
    Week,

    /// <summary>Calendar months.</summary>
    Month,
}
