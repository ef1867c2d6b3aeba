using System.Globalization;
using System.Text;

namespace Book.Pdf.Export;

/// <summary>
/// Builds the /ToUnicode CMap of an Identity-H font: glyph id → the text it stands for.
/// Ligatures map to several characters, so copying "office" gives back "office".
/// Consecutive glyphs with consecutive single characters become bfrange entries.
/// </summary>
internal static class ToUnicodeCMap
{
    /// <summary>The PDF spec limits each bfchar/bfrange block to 100 entries.</summary>
    private const int MaxBlock = 100;

    public static string Build(IReadOnlyDictionary<ushort, string> map)
    {
        var chars = new List<(ushort Glyph, string Text)>();
        var ranges = new List<(ushort First, ushort Last, char Start)>();

        var sorted = map.Where(kv => kv.Value.Length > 0).OrderBy(kv => kv.Key).ToList();
        for (int i = 0; i < sorted.Count;)
        {
            int j = i;
            // Extend while glyph and character both step by one, the glyph stays in the same
            // high byte and the character's low byte does not wrap (bfrange rules).
            while (j + 1 < sorted.Count && IsSingle(sorted[i].Value)
                   && IsSingle(sorted[j + 1].Value)
                   && sorted[j + 1].Key == sorted[j].Key + 1
                   && sorted[j + 1].Key >> 8 == sorted[i].Key >> 8
                   && sorted[j + 1].Value[0] == sorted[j].Value[0] + 1
                   && sorted[j + 1].Value[0] >> 8 == sorted[i].Value[0] >> 8)
                j++;
            if (j > i) ranges.Add((sorted[i].Key, sorted[j].Key, sorted[i].Value[0]));
            else chars.Add((sorted[i].Key, sorted[i].Value));
            i = j + 1;
        }

        var sb = new StringBuilder();
        sb.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        sb.Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n");
        sb.Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        sb.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");

        foreach (var block in chars.Chunk(MaxBlock))
        {
            sb.Append(block.Length.ToString(CultureInfo.InvariantCulture)).Append(" beginbfchar\n");
            foreach (var (glyph, text) in block)
                sb.Append('<').Append(Hex4(glyph)).Append("> <").Append(Utf16Hex(text)).Append(">\n");
            sb.Append("endbfchar\n");
        }
        foreach (var block in ranges.Chunk(MaxBlock))
        {
            sb.Append(block.Length.ToString(CultureInfo.InvariantCulture)).Append(" beginbfrange\n");
            foreach (var (first, last, start) in block)
                sb.Append('<').Append(Hex4(first)).Append("> <").Append(Hex4(last)).Append("> <")
                  .Append(Hex4(start)).Append(">\n");
            sb.Append("endbfrange\n");
        }

        sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.ToString();
    }

    private static bool IsSingle(string text) => text.Length == 1 && !char.IsSurrogate(text[0]);

    private static string Hex4(int value) => value.ToString("X4", CultureInfo.InvariantCulture);

    private static string Utf16Hex(string text)
    {
        var sb = new StringBuilder(text.Length * 4);
        foreach (char c in text) sb.Append(Hex4(c));
        return sb.ToString();
    }
}
