namespace Dashboard.Data.Queries;

/// <summary>How many articles are stored and the days of the first and the last, or null days when there are none.</summary>
public sealed record Coverage(long Articles, DateOnly? FirstDay, DateOnly? LastDay);
