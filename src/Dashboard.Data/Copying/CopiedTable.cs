namespace Dashboard.Data.Copying;

/// <summary>Where a copy stands: the table being copied, how many of its rows are done, and how many it has.</summary>
public sealed record CopiedTable(string Table, long Rows, long TotalRows);
