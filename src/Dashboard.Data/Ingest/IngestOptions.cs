namespace Dashboard.Data.Ingest;

/// <summary>How to ingest: store or only check, and how a CSV file's headers map to article fields.</summary>
/// <param name="DryRun">Read and check everything, store nothing.</param>
/// <param name="CsvMapping">Article field → CSV column name, for files whose headers are not the usual ones.</param>
public sealed record IngestOptions(bool DryRun = false, IReadOnlyDictionary<string, string>? CsvMapping = null)
{
    /// <summary>Store everything, usual headers.</summary>
    public static IngestOptions Default { get; } = new();
}
