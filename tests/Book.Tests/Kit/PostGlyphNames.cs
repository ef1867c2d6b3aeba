using System.Buffers.Binary;
using System.Text;

namespace Book.Tests;

/// <summary>
/// Finds a glyph by its 'post' table name (format 2). Literata has no cmap entry for the
/// U+FB0x ligature forms, so tests that need the real "f_f_i" glyph look it up by name
/// instead of depending on the shaper.
/// </summary>
internal static class PostGlyphNames
{
    public static ushort Find(ReadOnlySpan<byte> font, string name)
    {
        int tables = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (int t = 0; t < tables; t++)
        {
            var record = font.Slice(12 + t * 16, 16);
            if (Encoding.ASCII.GetString(record[..4]) != "post") continue;
            var post = font.Slice((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
            if (BinaryPrimitives.ReadUInt32BigEndian(post) != 0x00020000) return 0;
            int glyphs = BinaryPrimitives.ReadUInt16BigEndian(post[32..]);
            // Pascal strings after the index array are names 258, 259, …
            int at = 34 + glyphs * 2, customIndex = -1;
            for (int k = 0; at < post.Length; k++)
            {
                int length = post[at];
                if (Encoding.ASCII.GetString(post.Slice(at + 1, length)) == name) { customIndex = 258 + k; break; }
                at += 1 + length;
            }
            if (customIndex < 0) return 0;
            for (int g = 0; g < glyphs; g++)
                if (BinaryPrimitives.ReadUInt16BigEndian(post[(34 + g * 2)..]) == customIndex) return (ushort)g;
        }
        return 0;
    }
}
