namespace Dashboard.Data.Extraction;

/// <summary>How far a re-extraction has come.</summary>
public sealed record ReextractionProgress(long Done, long Total);
