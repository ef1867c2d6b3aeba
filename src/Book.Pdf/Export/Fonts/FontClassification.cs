using System.Buffers.Binary;

namespace Book.Pdf.Export;

/// <summary>
/// Decides the FontDescriptor serif/script flags from the font file: the OS/2 family class,
/// then PANOSE, and when a font leaves both empty (Literata does) the outline of "I":
/// a sans-serif I is a bare four-point rectangle, a serif I has more points.
/// </summary>
internal static class FontClassification
{
    public const int FixedPitch = 1, Serif = 2, Symbolic = 4, Script = 8, Italic = 64;

    /// <summary>Descriptor /Flags. Symbolic is always set: Identity-H glyphs are not a standard Latin set.</summary>
    public static int Flags(ReadOnlySpan<byte> fontFile, ushort capitalI, bool fixedPitch, bool italic)
    {
        int flags = Symbolic;
        if (fixedPitch) flags |= FixedPitch;
        if (italic) flags |= Italic;
        var (serif, script) = Classify(fontFile, capitalI);
        if (serif) flags |= Serif;
        if (script) flags |= Script;
        return flags;
    }

    /// <summary>(serif, script) from OS/2 sFamilyClass, else PANOSE, else the outline of glyph "I".</summary>
    /// <param name="capitalI">Glyph id of U+0049, 0 if the font has none.</param>
    public static (bool Serif, bool Script) Classify(ReadOnlySpan<byte> fontFile, ushort capitalI)
    {
        var os2 = FindTable(fontFile, "OS/2");
        if (os2.Length >= 42)
        {
            switch (os2[30]) // high byte of sFamilyClass
            {
                case 1 or 2 or 3 or 4 or 5 or 7: return (true, false);
                case 8: return (false, false);
                case 10: return (false, true);
            }
            // PANOSE: family kind 2 = Latin text (serif style 2..10 serif, 11..13 sans), 3 = script.
            byte kind = os2[32], serifStyle = os2[33];
            if (kind == 3) return (false, true);
            if (kind == 2 && serifStyle >= 2) return (serifStyle <= 10, false);
        }
        return (OutlineHasSerifs(fontFile, capitalI), false);
    }

    /// <summary>True when the glyph is one simple contour with more than four points.</summary>
    private static bool OutlineHasSerifs(ReadOnlySpan<byte> font, ushort glyph)
    {
        if (glyph == 0) return false;
        var head = FindTable(font, "head");
        var loca = FindTable(font, "loca");
        var glyf = FindTable(font, "glyf");
        if (head.Length < 54 || loca.IsEmpty || glyf.IsEmpty) return false;
        bool longOffsets = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        int entry = longOffsets ? 4 : 2;
        if ((glyph + 2) * entry > loca.Length) return false;
        long start = longOffsets ? BinaryPrimitives.ReadUInt32BigEndian(loca[(glyph * 4)..]) : BinaryPrimitives.ReadUInt16BigEndian(loca[(glyph * 2)..]) * 2L;
        long end = longOffsets ? BinaryPrimitives.ReadUInt32BigEndian(loca[((glyph + 1) * 4)..]) : BinaryPrimitives.ReadUInt16BigEndian(loca[((glyph + 1) * 2)..]) * 2L;
        if (end - start < 12 || end > glyf.Length) return false;
        var outline = glyf[(int)start..(int)end];
        int contours = BinaryPrimitives.ReadInt16BigEndian(outline);
        if (contours != 1) return false;
        int points = BinaryPrimitives.ReadUInt16BigEndian(outline[10..]) + 1;
        return points > 4;
    }

    private static ReadOnlySpan<byte> FindTable(ReadOnlySpan<byte> font, string tag)
    {
        if (font.Length < 12) return default;
        int count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (int i = 0; i < count; i++)
        {
            int record = 12 + i * 16;
            if (record + 16 > font.Length) break;
            var t = font.Slice(record, 4);
            if (t[0] != tag[0] || t[1] != tag[1] || t[2] != tag[2] || t[3] != tag[3]) continue;
            uint offset = BinaryPrimitives.ReadUInt32BigEndian(font[(record + 8)..]);
            uint length = BinaryPrimitives.ReadUInt32BigEndian(font[(record + 12)..]);
            if (offset + (ulong)length > (ulong)font.Length) return default;
            return font.Slice((int)offset, (int)length);
        }
        return default;
    }
}
