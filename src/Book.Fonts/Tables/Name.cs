using System.Text;

namespace Book.Fonts.Tables;

/// <summary>Reads strings from the 'name' table, preferring Windows English records.</summary>
internal static class Name
{
    public const int FamilyId = 1;
    public const int PostScriptId = 6;
    public const int TypographicFamilyId = 16;

    public static string? Find(ReadOnlySpan<byte> t, int nameId)
    {
        if (t.IsEmpty) return null;
        int count = BigEndian.U16(t, 2);
        int storage = BigEndian.U16(t, 4);
        string? best = null;
        int bestRank = int.MaxValue;
        for (int i = 0; i < count; i++)
        {
            int rec = 6 + 12 * i;
            int platform = BigEndian.U16(t, rec);
            int encoding = BigEndian.U16(t, rec + 2);
            int language = BigEndian.U16(t, rec + 4);
            if (BigEndian.U16(t, rec + 6) != nameId) continue;
            int rank = (platform, encoding, language) switch
            {
                (3, 1, 0x409) => 0,
                (3, 1, _) => 1,
                (3, 0, _) => 2,
                (0, _, _) => 3,
                (1, 0, 0) => 4,
                _ => int.MaxValue,
            };
            if (rank >= bestRank) continue;
            var bytes = BigEndian.Slice(t, storage + BigEndian.U16(t, rec + 10), BigEndian.U16(t, rec + 8));
            best = platform == 1 ? Encoding.Latin1.GetString(bytes) : Encoding.BigEndianUnicode.GetString(bytes);
            bestRank = rank;
        }
        return best;
    }
}
