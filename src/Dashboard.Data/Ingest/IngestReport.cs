using Dashboard.Core.Ingest;

namespace Dashboard.Data.Ingest;

/// <summary>What one ingest run did, file by file and in total.</summary>
public sealed class IngestReport
{
    private readonly List<InputError> _rejected = [];

    /// <summary>Files opened.</summary>
    public int Files { get; private set; }

    /// <summary>Articles read from them.</summary>
    public int Read { get; private set; }

    /// <summary>Articles stored for the first time.</summary>
    public int Added { get; private set; }

    /// <summary>Articles already stored (same outlet, same text).</summary>
    public int Duplicates { get; private set; }

    /// <summary>Added articles that copy a story already stored (syndicated copies, small edits); each is kept under its outlet.</summary>
    public int NearDuplicates { get; private set; }

    /// <summary>Feeds whose server said they had not changed since the last fetch.</summary>
    public int NotModified { get; private set; }

    /// <summary>Every input that was rejected, with where and why.</summary>
    public IReadOnlyList<InputError> Rejected => _rejected;

    /// <summary>Whether anything at all could be read.</summary>
    public bool ReadAnything => Read > 0;

    /// <summary>Adds another run's counts and rejections to this one.</summary>
    public void Add(IngestReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Files += other.Files;
        Read += other.Read;
        Added += other.Added;
        Duplicates += other.Duplicates;
        NearDuplicates += other.NearDuplicates;
        NotModified += other.NotModified;
        _rejected.AddRange(other.Rejected);
    }

    internal void CountFile() => Files++;

    internal void CountNotModified() => NotModified++;

    internal void CountNearDuplicate() => NearDuplicates++;

    internal void CountRead(int articles) => Read += articles;

    internal void CountAdded() => Added++;

    internal void CountDuplicate() => Duplicates++;

    internal void Reject(InputError error) => _rejected.Add(error);
}
