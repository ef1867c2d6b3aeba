using System.Buffers.Binary;
using System.Text;

namespace Book.Build.Saving;

/// <summary>
/// A folder's files in one stream, so a folder output is held in memory and handed to the save like a
/// file: for each file its path (UTF-8, '/'-separated, relative) and its bytes, each with its length.
/// </summary>
public static class FolderBundle
{
    public static void Pack(IEnumerable<KeyValuePair<string, byte[]>> files, Stream destination)
    {
        Span<byte> len = stackalloc byte[4];
        foreach (var (path, bytes) in files)
        {
            var name = Encoding.UTF8.GetBytes(path);
            BinaryPrimitives.WriteInt32BigEndian(len, name.Length);
            destination.Write(len);
            destination.Write(name);
            BinaryPrimitives.WriteInt32BigEndian(len, bytes.Length);
            destination.Write(len);
            destination.Write(bytes);
        }
    }

    public static IEnumerable<(string Path, ReadOnlyMemory<byte> Bytes)> Read(byte[] bundle)
    {
        int at = 0;
        while (at < bundle.Length)
        {
            int n = BinaryPrimitives.ReadInt32BigEndian(bundle.AsSpan(at));
            var path = Encoding.UTF8.GetString(bundle, at + 4, n);
            at += 4 + n;
            int size = BinaryPrimitives.ReadInt32BigEndian(bundle.AsSpan(at));
            yield return (path, bundle.AsMemory(at + 4, size));
            at += 4 + size;
        }
    }

    /// <summary>Writes the files under <paramref name="folder"/> (created), each flushed to the disk.</summary>
    internal static void Unpack(byte[] bundle, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (path, bytes) in Read(bundle))
        {
            var parts = path.Split('/');
            if (path.Length == 0 || parts.Any(p => p is "" or "." or ".." || p.Contains('\\') || p.Contains('\0')))
                throw new InvalidOperationException($"a folder output holds the unsafe path '{path}'");
            var full = Path.Combine([folder, .. parts]);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var stream = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None);
            stream.Write(bytes.Span);
            stream.Flush(flushToDisk: true);
        }
    }
}
