using Book.Fonts.Layout;

namespace Book.Fonts.Gsub;

/// <summary>
/// GSUB single substitution (lookup type 1, formats 1 and 2, also through extension type 7)
/// for one feature: what figure-style features such as 'tnum' (tabular figures) and 'lnum'
/// (lining figures) are made of. Lookups apply in lookup-list order, each to the result of
/// the one before, so the map holds the final glyph for every input the feature changes.
/// </summary>
internal static class SingleSubstitution
{
    public static IReadOnlyDictionary<ushort, ushort> Read(ReadOnlySpan<byte> gsub, string feature, int glyphCount)
    {
        var map = new Dictionary<ushort, ushort>();
        if (gsub.IsEmpty) return map;
        foreach (int lookupIndex in LayoutTable.LookupsForFeature(gsub, feature))
        {
            var step = new Dictionary<ushort, ushort>();
            foreach (var sub in LayoutTable.Subtables(gsub, lookupIndex, extensionType: 7))
            {
                if (sub.Type != 1) continue;
                int format = BigEndian.U16(gsub, sub.Offset);
                int coverage = sub.Offset + BigEndian.U16(gsub, sub.Offset + 2);
                foreach (var (glyph, index) in LayoutTable.Coverage(gsub, coverage))
                {
                    int to;
                    if (format == 1) to = (glyph + (short)BigEndian.U16(gsub, sub.Offset + 4)) & 0xFFFF;
                    else if (format == 2)
                    {
                        if (index >= BigEndian.U16(gsub, sub.Offset + 4)) continue;
                        to = BigEndian.U16(gsub, sub.Offset + 6 + 2 * index);
                    }
                    else throw new FontFormatException($"Unknown single substitution format {format}.");
                    // The first subtable that covers a glyph wins, as the spec says.
                    if (glyph < glyphCount && to < glyphCount) step.TryAdd(glyph, (ushort)to);
                }
            }
            // Chain this lookup after the earlier ones: a → b then b → c gives a → c.
            foreach (var key in map.Keys.ToList())
                if (step.TryGetValue(map[key], out var next)) map[key] = next;
            foreach (var (from, to) in step) map.TryAdd(from, to);
        }
        return map;
    }
}
