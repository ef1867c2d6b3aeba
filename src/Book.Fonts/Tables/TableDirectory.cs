namespace Book.Fonts.Tables;

/// <summary>The sfnt table directory: where each table lives in the file.</summary>
internal sealed class TableDirectory
{
    private readonly Dictionary<uint, (int Offset, int Length)> _tables = new();

    public IEnumerable<uint> Tags => _tables.Keys;

    public static uint Tag(string s) =>
        (uint)s[0] << 24 | (uint)s[1] << 16 | (uint)s[2] << 8 | s[3];

    public static string TagName(uint tag) => string.Create(4, tag, static (span, t) =>
    {
        for (int i = 0; i < 4; i++) span[i] = (char)(byte)(t >> (24 - 8 * i));
    });

    public static TableDirectory Read(ReadOnlySpan<byte> data)
    {
        if (data.Length < 12)
            throw new FontFormatException("Not a font: file shorter than an sfnt header.");
        uint version = BigEndian.U32(data, 0);
        if (version == Tag("OTTO"))
            throw new FontFormatException("CFF-flavoured OpenType fonts are not supported; use a TrueType (glyf) font.");
        if (version == Tag("ttcf"))
            throw new FontFormatException("Font collections (.ttc) are not supported.");
        if (version != 0x00010000 && version != Tag("true"))
            throw new FontFormatException($"Not a TrueType font (sfnt version 0x{version:X8}).");

        int count = BigEndian.U16(data, 4);
        var dir = new TableDirectory();
        for (int i = 0; i < count; i++)
        {
            int rec = 12 + 16 * i;
            uint tag = BigEndian.U32(data, rec);
            uint offset = BigEndian.U32(data, rec + 8);
            uint length = BigEndian.U32(data, rec + 12);
            if ((ulong)offset + length > (ulong)data.Length)
                throw new FontFormatException($"Table '{TagName(tag)}' extends past the end of the file.");
            dir._tables[tag] = ((int)offset, (int)length);
        }
        return dir;
    }

    public bool Has(string tag) => _tables.ContainsKey(Tag(tag));

    /// <summary>The table's bytes, or an empty span when the font lacks it.</summary>
    public ReadOnlySpan<byte> Get(ReadOnlySpan<byte> data, string tag) =>
        _tables.TryGetValue(Tag(tag), out var t) ? data.Slice(t.Offset, t.Length) : default;

    public ReadOnlySpan<byte> GetRequired(ReadOnlySpan<byte> data, string tag)
    {
        if (!_tables.TryGetValue(Tag(tag), out var t))
            throw new FontFormatException($"Required table '{tag}' is missing.");
        return data.Slice(t.Offset, t.Length);
    }
}
