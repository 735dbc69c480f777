namespace Dashboard.Data.Ingest;

/// <summary>
/// A read-only stream whose first bytes were already read to tell its format: it serves them again,
/// then the rest of the inner stream, so a stream that cannot seek (gzip) can still be sniffed.
/// </summary>
internal sealed class PeekedStream : Stream
{
    private readonly Stream _inner;
    private readonly byte[] _head;
    private int _position;

    private PeekedStream(Stream inner, byte[] head)
    {
        _inner = inner;
        _head = head;
    }

    public ReadOnlySpan<byte> Head => _head;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Reads up to <paramref name="length"/> bytes of <paramref name="inner"/> and keeps them to serve first.</summary>
    public static PeekedStream Open(Stream inner, int length)
    {
        var head = new byte[length];
        var read = 0;
        int n;
        while (read < length && (n = inner.Read(head, read, length - read)) > 0)
        {
            read += n;
        }

        return new PeekedStream(inner, head[..read]);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position < _head.Length)
        {
            var n = Math.Min(buffer.Length, _head.Length - _position);
            _head.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        return _inner.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
