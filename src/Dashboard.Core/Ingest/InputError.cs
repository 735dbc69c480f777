namespace Dashboard.Core.Ingest;

/// <summary>Why one piece of input was rejected, pointing at the exact place.</summary>
/// <param name="File">The file (or stream name) the input came from.</param>
/// <param name="Line">1-based line number, or null when the whole file is at fault.</param>
/// <param name="Message">What was wrong, in words a user can act on.</param>
public sealed record InputError(string File, int? Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
