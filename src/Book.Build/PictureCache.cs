using System.Collections.Concurrent;
using System.Security.Cryptography;
using Book.Images;

namespace Book.Build;

/// <summary>
/// Decoded pictures kept between the builds of `book watch`, keyed by the file's content (SHA-256):
/// a picture whose bytes did not change is not decoded again, whatever its name. Only pictures that
/// decoded are kept; a file that failed is tried again on the next build.
/// </summary>
public sealed class PictureCache
{
    readonly ConcurrentDictionary<string, DecodedPicture> _entries = new(StringComparer.Ordinal);
    int _hits, _misses;

    public int Hits => _hits;
    public int Misses => _misses;
    public int Count => _entries.Count;

    /// <exception cref="PictureFormatException">the bytes are not a usable picture</exception>
    public DecodedPicture GetOrDecode(byte[] bytes)
    {
        var key = Convert.ToHexString(SHA256.HashData(bytes));
        if (_entries.TryGetValue(key, out var kept)) { Interlocked.Increment(ref _hits); return kept; }
        Interlocked.Increment(ref _misses);
        var decoded = PictureDecoder.Decode(bytes);
        _entries[key] = decoded;
        return decoded;
    }
}
