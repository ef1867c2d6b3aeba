using System.IO.Compression;
using System.Text;

namespace Book.Epub;

/// <summary>
/// A minimal ZIP writer that gives the same bytes for the same entries on every machine.
/// ZipArchive stamps "version made by" with the host OS and may add extra fields, so the
/// EPUB container is written by hand: no extra fields, no data descriptors, no comments,
/// one fixed DOS timestamp, entries in the order they are added.
/// </summary>
public sealed class DeterministicZip
{
    readonly List<(string Name, byte[] Data, bool Store)> _entries = [];
    readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public void Add(string name, byte[] data, bool store = false)
    {
        foreach (var c in name)
            if (c < 0x20 || c > 0x7E || c == '\\')
                throw new ArgumentException($"zip entry name '{name}' must be printable ASCII with '/' separators", nameof(name));
        if (!_names.Add(name)) throw new ArgumentException($"duplicate zip entry '{name}'", nameof(name));
        _entries.Add((name, data, store));
    }

    public void Add(string name, string text, bool store = false) => Add(name, new UTF8Encoding(false).GetBytes(text), store);

    /// <summary>Writes the archive; <paramref name="timestamp"/> is clamped to the DOS range (1980–2107).</summary>
    public void WriteTo(Stream output, DateTime timestamp)
    {
        var (dosTime, dosDate) = DosDateTime(timestamp);
        var central = new MemoryStream();
        long offset = 0;
        var head = new BinaryWriter(output, Encoding.ASCII, leaveOpen: true);
        var cd = new BinaryWriter(central, Encoding.ASCII, leaveOpen: true);
        foreach (var (name, data, store) in _entries)
        {
            var nameBytes = Encoding.ASCII.GetBytes(name);
            uint crc = Crc32.Compute(data);
            byte[] body = store ? data : Deflate(data);
            // Deflate can only lose on incompressible data; store it then, as zip tools do.
            bool stored = store || body.Length >= data.Length;
            if (stored) body = data;
            ushort method = stored ? (ushort)0 : (ushort)8;
            ushort needed = stored ? (ushort)10 : (ushort)20;

            head.Write(0x04034b50u);
            head.Write(needed);
            head.Write((ushort)0);          // flags: no data descriptor, ASCII names
            head.Write(method);
            head.Write(dosTime); head.Write(dosDate);
            head.Write(crc);
            head.Write((uint)body.Length); head.Write((uint)data.Length);
            head.Write((ushort)nameBytes.Length);
            head.Write((ushort)0);          // no extra field (EPUB requires this for mimetype)
            head.Write(nameBytes);
            head.Write(body);

            cd.Write(0x02014b50u);
            cd.Write((ushort)20);           // made by: MS-DOS, 2.0 — fixed, whatever the host
            cd.Write(needed);
            cd.Write((ushort)0);
            cd.Write(method);
            cd.Write(dosTime); cd.Write(dosDate);
            cd.Write(crc);
            cd.Write((uint)body.Length); cd.Write((uint)data.Length);
            cd.Write((ushort)nameBytes.Length);
            cd.Write((ushort)0); cd.Write((ushort)0);   // extra, comment
            cd.Write((ushort)0); cd.Write((ushort)0);   // disk, internal attributes
            cd.Write(0u);                               // external attributes
            cd.Write(checked((uint)offset));
            cd.Write(nameBytes);

            offset += 30 + nameBytes.Length + body.Length;
        }
        cd.Flush();
        head.Write(central.GetBuffer(), 0, (int)central.Length);
        head.Write(0x06054b50u);
        head.Write((ushort)0); head.Write((ushort)0);
        head.Write((ushort)_entries.Count); head.Write((ushort)_entries.Count);
        head.Write((uint)central.Length);
        head.Write(checked((uint)offset));
        head.Write((ushort)0);
        head.Flush();
    }

    static byte[] Deflate(byte[] data)
    {
        var ms = new MemoryStream();
        using (var z = new DeflateStream(ms, CompressionLevel.Optimal, leaveOpen: true)) z.Write(data);
        return ms.ToArray();
    }

    static (ushort Time, ushort Date) DosDateTime(DateTime t)
    {
        if (t.Year < 1980) t = new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        if (t.Year > 2107) t = new DateTime(2107, 12, 31, 23, 59, 58, DateTimeKind.Utc);
        ushort time = (ushort)((t.Hour << 11) | (t.Minute << 5) | (t.Second / 2));
        ushort date = (ushort)(((t.Year - 1980) << 9) | (t.Month << 5) | t.Day);
        return (time, date);
    }
}

/// <summary>CRC-32 (IEEE 802.3, reflected), as ZIP needs it; the BCL has none outside System.IO.Hashing.</summary>
static class Crc32
{
    static readonly uint[] Table = Build();

    static uint[] Build()
    {
        var t = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        uint c = 0xFFFFFFFFu;
        foreach (var b in data) c = Table[(c ^ b) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFFu;
    }
}
