namespace Dashboard.Data.Queries;

/// <summary>How many articles one outlet published in one period.</summary>
/// <param name="Period">First day of the period, 'YYYY-MM-DD'.</param>
/// <param name="Source">The outlet.</param>
/// <param name="Articles">Articles published.</param>
public sealed record VolumePoint(string Period, string Source, long Articles);
