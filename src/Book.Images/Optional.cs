namespace Book.Images;

/// <summary>
/// byte[]? to ReadOnlyMemory&lt;byte&gt;?: written out, because <c>x is null ? null : new ReadOnlyMemory(x)</c>
/// types the null as an (empty) ReadOnlyMemory, which then has a value; an empty mask or profile.
/// </summary>
internal static class Optional
{
    public static ReadOnlyMemory<byte>? Of(byte[]? bytes) => bytes is null ? default(ReadOnlyMemory<byte>?) : new ReadOnlyMemory<byte>(bytes);
}
