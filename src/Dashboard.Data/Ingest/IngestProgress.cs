namespace Dashboard.Data.Ingest;

/// <summary>How far an ingest has got: files, articles, and bytes of the files read, for an estimate of the time left.</summary>
/// <param name="FilesDone">Files finished.</param>
/// <param name="FilesTotal">Files to read.</param>
/// <param name="Articles">Articles read so far.</param>
/// <param name="CurrentFile">The file being read.</param>
/// <param name="BytesDone">Bytes of the files read so far (of the compressed file, for gzip and zip).</param>
/// <param name="BytesTotal">Bytes of all the files; 0 when unknown.</param>
public sealed record IngestProgress(int FilesDone, int FilesTotal, int Articles, string CurrentFile, long BytesDone = 0, long BytesTotal = 0);
