using System.Buffers.Binary;

namespace Book.Fonts;

/// <summary>
/// Bounds-checked big-endian reads. Font data is untrusted: an offset pointing outside
/// its table must become a <see cref="FontFormatException"/>, not an IndexOutOfRange.
/// </summary>
internal static class BigEndian
{
    public static ushort U16(ReadOnlySpan<byte> s, int offset)
    {
        Check(s, offset, 2);
        return BinaryPrimitives.ReadUInt16BigEndian(s.Slice(offset));
    }

    public static short I16(ReadOnlySpan<byte> s, int offset)
    {
        Check(s, offset, 2);
        return BinaryPrimitives.ReadInt16BigEndian(s.Slice(offset));
    }

    public static uint U32(ReadOnlySpan<byte> s, int offset)
    {
        Check(s, offset, 4);
        return BinaryPrimitives.ReadUInt32BigEndian(s.Slice(offset));
    }

    public static int I32(ReadOnlySpan<byte> s, int offset)
    {
        Check(s, offset, 4);
        return BinaryPrimitives.ReadInt32BigEndian(s.Slice(offset));
    }

    /// <summary>A sub-span that must lie wholly inside <paramref name="s"/>.</summary>
    public static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> s, int offset, int length)
    {
        Check(s, offset, length);
        return s.Slice(offset, length);
    }

    /// <summary>Everything from <paramref name="offset"/> to the end.</summary>
    public static ReadOnlySpan<byte> From(ReadOnlySpan<byte> s, int offset)
    {
        Check(s, offset, 0);
        return s.Slice(offset);
    }

    private static void Check(ReadOnlySpan<byte> s, int offset, int length)
    {
        if (offset < 0 || length < 0 || (long)offset + length > s.Length)
            throw new FontFormatException(
                $"Font data truncated: need {length} bytes at offset {offset}, have {s.Length}.");
    }
}
