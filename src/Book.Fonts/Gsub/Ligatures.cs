using Book.Fonts.Layout;

namespace Book.Fonts.Gsub;

/// <summary>
/// GSUB ligature substitution (lookup type 4, also reached through extension type 7) for
/// one feature, usually 'liga'. Indexed by first glyph at load so shaping does one array
/// read per glyph and only inspects candidates when a ligature can actually start there.
/// Lookup flags (ignore marks and so on) are not honoured: our ligatures join letters
/// that sit side by side, which is all standard Latin ligatures need.
/// </summary>
internal sealed class Ligatures
{
    /// <summary>A ligature: the glyphs after the first that it consumes, and its glyph.</summary>
    internal readonly record struct Ligature(ushort Glyph, ushort[] Rest);

    // Per lookup, in application order: candidate ligatures by first glyph (null = none).
    private readonly Ligature[]?[][] _lookups;

    private Ligatures(Ligature[]?[][] lookups) => _lookups = lookups;

    public static readonly Ligatures None = new([]);

    public bool IsEmpty => _lookups.Length == 0;

    public static Ligatures Read(ReadOnlySpan<byte> gsub, string feature, int glyphCount)
    {
        if (gsub.IsEmpty) return None;
        var lookups = new List<Ligature[]?[]>();
        foreach (int lookupIndex in LayoutTable.LookupsForFeature(gsub, feature))
        {
            var byFirst = new List<Ligature>?[glyphCount];
            bool any = false;
            foreach (var sub in LayoutTable.Subtables(gsub, lookupIndex, extensionType: 7))
            {
                if (sub.Type != 4 || BigEndian.U16(gsub, sub.Offset) != 1) continue;
                int coverage = sub.Offset + BigEndian.U16(gsub, sub.Offset + 2);
                int setCount = BigEndian.U16(gsub, sub.Offset + 4);
                foreach (var (first, index) in LayoutTable.Coverage(gsub, coverage))
                {
                    if (index >= setCount || first >= glyphCount) continue;
                    int set = sub.Offset + BigEndian.U16(gsub, sub.Offset + 6 + 2 * index);
                    int count = BigEndian.U16(gsub, set);
                    for (int i = 0; i < count; i++)
                    {
                        int lig = set + BigEndian.U16(gsub, set + 2 + 2 * i);
                        ushort glyph = BigEndian.U16(gsub, lig);
                        int components = BigEndian.U16(gsub, lig + 2);
                        if (components < 1) continue;
                        var rest = new ushort[components - 1];
                        for (int k = 0; k < rest.Length; k++) rest[k] = BigEndian.U16(gsub, lig + 4 + 2 * k);
                        // Subtable order then ligature order is the font's priority (longest first, by convention).
                        (byFirst[first] ??= []).Add(new Ligature(glyph, rest));
                        any = true;
                    }
                }
            }
            if (any) lookups.Add(byFirst.Select(l => l?.ToArray()).ToArray());
        }
        return lookups.Count == 0 ? None : new Ligatures(lookups.ToArray());
    }

    /// <summary>
    /// Applies every lookup to the glyph run in place and returns the new glyph count.
    /// A ligature's cluster spans all the characters of its components.
    /// </summary>
    public int Apply(Span<ShapedGlyph> glyphs, int count)
    {
        foreach (var byFirst in _lookups)
        {
            int write = 0;
            for (int read = 0; read < count; write++)
            {
                var first = glyphs[read];
                int consumed = 1;
                if (first.Glyph < byFirst.Length && byFirst[first.Glyph] is { } candidates)
                {
                    foreach (var lig in candidates)
                    {
                        if (!Matches(glyphs.Slice(read + 1, count - read - 1), lig.Rest)) continue;
                        var last = glyphs[read + lig.Rest.Length];
                        first = first with
                        {
                            Glyph = lig.Glyph,
                            ClusterLength = last.Cluster + last.ClusterLength - first.Cluster,
                        };
                        consumed = 1 + lig.Rest.Length;
                        break;
                    }
                }
                glyphs[write] = first;
                read += consumed;
            }
            count = write;
        }
        return count;
    }

    private static bool Matches(ReadOnlySpan<ShapedGlyph> following, ushort[] rest)
    {
        if (following.Length < rest.Length) return false;
        for (int k = 0; k < rest.Length; k++)
            if (following[k].Glyph != rest[k]) return false;
        return true;
    }
}
