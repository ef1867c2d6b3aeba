using Book.Fonts.Tables;

namespace Book.Fonts.Layout;

/// <summary>
/// The structure GSUB and GPOS share: ScriptList → LangSys → FeatureList → LookupList.
/// We resolve one feature (e.g. 'liga', 'kern') to its lookups once, at load.
/// </summary>
internal static class LayoutTable
{
    public readonly record struct Subtable(int Type, int Offset, ushort LookupFlag);

    /// <summary>
    /// Lookup indices of <paramref name="featureTag"/> for the default language of the
    /// 'latn' script, else 'DFLT', else every feature with that tag; in lookup-list order,
    /// which is the order the spec says lookups are applied.
    /// </summary>
    public static int[] LookupsForFeature(ReadOnlySpan<byte> table, string featureTag)
    {
        if (table.Length < 10) return [];
        int scriptList = BigEndian.U16(table, 4);
        int featureList = BigEndian.U16(table, 6);
        if (scriptList == 0 || featureList == 0) return [];
        uint wanted = TableDirectory.Tag(featureTag);
        int featureCount = BigEndian.U16(table, featureList);

        IEnumerable<int> featureIndices = FeatureIndicesForScript(table, scriptList, "latn")
            ?? FeatureIndicesForScript(table, scriptList, "DFLT")
            ?? Enumerable.Range(0, featureCount);

        var lookups = new SortedSet<int>();
        foreach (int fi in featureIndices)
        {
            if (fi >= featureCount) continue;
            int rec = featureList + 2 + 6 * fi;
            if (BigEndian.U32(table, rec) != wanted) continue;
            int feature = featureList + BigEndian.U16(table, rec + 4);
            int count = BigEndian.U16(table, feature + 2);
            for (int i = 0; i < count; i++)
                lookups.Add(BigEndian.U16(table, feature + 4 + 2 * i));
        }
        return lookups.ToArray();
    }

    private static List<int>? FeatureIndicesForScript(ReadOnlySpan<byte> table, int scriptList, string scriptTag)
    {
        uint wanted = TableDirectory.Tag(scriptTag);
        int count = BigEndian.U16(table, scriptList);
        for (int i = 0; i < count; i++)
        {
            int rec = scriptList + 2 + 6 * i;
            if (BigEndian.U32(table, rec) != wanted) continue;
            int script = scriptList + BigEndian.U16(table, rec + 4);
            int defaultLangSys = BigEndian.U16(table, script);
            if (defaultLangSys == 0) return null;
            int langSys = script + defaultLangSys;
            var result = new List<int>();
            int required = BigEndian.U16(table, langSys + 2);
            if (required != 0xFFFF) result.Add(required);
            int n = BigEndian.U16(table, langSys + 4);
            for (int k = 0; k < n; k++)
                result.Add(BigEndian.U16(table, langSys + 6 + 2 * k));
            return result;
        }
        return null;
    }

    /// <summary>
    /// The subtables of a lookup with extension subtables (GSUB 7, GPOS 9) unwrapped to
    /// the type and offset they point at. Offsets are relative to the start of the table.
    /// </summary>
    public static List<Subtable> Subtables(ReadOnlySpan<byte> table, int lookupIndex, int extensionType)
    {
        var result = new List<Subtable>();
        int lookupList = BigEndian.U16(table, 8);
        if (lookupList == 0 || lookupIndex >= BigEndian.U16(table, lookupList)) return result;
        int lookup = lookupList + BigEndian.U16(table, lookupList + 2 + 2 * lookupIndex);
        int type = BigEndian.U16(table, lookup);
        ushort flag = BigEndian.U16(table, lookup + 2);
        int count = BigEndian.U16(table, lookup + 4);
        for (int i = 0; i < count; i++)
        {
            int sub = lookup + BigEndian.U16(table, lookup + 6 + 2 * i);
            int subType = type;
            if (type == extensionType)
            {
                subType = BigEndian.U16(table, sub + 2);
                long target = sub + (long)BigEndian.U32(table, sub + 4);
                if (target >= table.Length) throw new FontFormatException("Extension lookup points past its table.");
                sub = (int)target;
            }
            result.Add(new Subtable(subType, sub, flag));
        }
        return result;
    }

    /// <summary>Covered glyphs with their coverage index.</summary>
    public static List<(ushort Glyph, int Index)> Coverage(ReadOnlySpan<byte> table, int offset)
    {
        var result = new List<(ushort, int)>();
        int format = BigEndian.U16(table, offset);
        int count = BigEndian.U16(table, offset + 2);
        if (format == 1)
        {
            for (int i = 0; i < count; i++)
                result.Add((BigEndian.U16(table, offset + 4 + 2 * i), i));
        }
        else if (format == 2)
        {
            for (int i = 0; i < count; i++)
            {
                int rec = offset + 4 + 6 * i;
                int start = BigEndian.U16(table, rec), end = BigEndian.U16(table, rec + 2);
                int index = BigEndian.U16(table, rec + 4);
                if (result.Count + end - start >= 0x10000) throw new FontFormatException("Coverage covers more glyphs than a font can have.");
                for (int g = start; g <= end; g++)
                    result.Add(((ushort)g, index + g - start));
            }
        }
        else throw new FontFormatException($"Unknown coverage format {format}.");
        return result;
    }

    /// <summary>A class for every glyph ID (0 for glyphs the ClassDef does not list).</summary>
    public static ushort[] ClassDef(ReadOnlySpan<byte> table, int offset, int glyphCount)
    {
        var classes = new ushort[glyphCount];
        int format = BigEndian.U16(table, offset);
        if (format == 1)
        {
            int start = BigEndian.U16(table, offset + 2);
            int count = BigEndian.U16(table, offset + 4);
            for (int i = 0; i < count; i++)
            {
                int g = start + i;
                if (g < glyphCount) classes[g] = BigEndian.U16(table, offset + 6 + 2 * i);
            }
        }
        else if (format == 2)
        {
            int count = BigEndian.U16(table, offset + 2);
            for (int i = 0; i < count; i++)
            {
                int rec = offset + 4 + 6 * i;
                int start = BigEndian.U16(table, rec), end = Math.Min((int)BigEndian.U16(table, rec + 2), glyphCount - 1);
                ushort cls = BigEndian.U16(table, rec + 4);
                for (int g = start; g <= end; g++) classes[g] = cls;
            }
        }
        else throw new FontFormatException($"Unknown class definition format {format}.");
        return classes;
    }
}
