namespace Dashboard.Data.Ingest;

/// <summary>How far an ingest run has come, reported after each file.</summary>
/// <param name="FilesDone">Files finished.</param>
/// <param name="FilesTotal">Files found.</param>
/// <param name="Articles">Articles read so far.</param>
/// <param name="CurrentFile">The file just finished.</param>
public sealed record IngestProgress(int FilesDone, int FilesTotal, int Articles, string CurrentFile);
