namespace Book.Build;

/// <summary>
/// A write-only, in-memory stream kept in chunks below the large-object heap's threshold. A
/// 1,000-page PDF is some 12 MB: a MemoryStream would reach it by doubling (about 30 MB of
/// large arrays, each counting towards a full garbage collection) and then copy it once more;
/// here every byte is stored once and copied only into the file.
/// </summary>
public sealed class OutputBuffer : Stream
{
    private const int ChunkSize = 64 * 1024;
    private readonly List<byte[]> _chunks = new();
    private int _used = ChunkSize; // bytes used in the last chunk; "full" until the first write
    private long _length;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            if (_used == ChunkSize) { _chunks.Add(new byte[ChunkSize]); _used = 0; }
            int n = Math.Min(buffer.Length, ChunkSize - _used);
            buffer[..n].CopyTo(_chunks[^1].AsSpan(_used));
            _used += n;
            _length += n;
            buffer = buffer[n..];
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Copies the content, in order, to <paramref name="destination"/>. Named as MemoryStream's
    /// WriteTo: a CopyTo(Stream) would hide Stream.CopyTo, which reads this (unreadable) stream.</summary>
    public void WriteTo(Stream destination)
    {
        for (int i = 0; i < _chunks.Count; i++)
            destination.Write(_chunks[i], 0, i == _chunks.Count - 1 ? _used : ChunkSize);
    }

    public byte[] ToArray()
    {
        var bytes = new byte[_length];
        using var ms = new MemoryStream(bytes);
        WriteTo(ms);
        return bytes;
    }

    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
