using System.Security.Cryptography;
using System.Text;

namespace Book.Pdf.Export;

/// <summary>
/// The six-letter subset prefix ("ABCDEF+Literata-Regular"). Derived from the font name
/// and the used glyph set, so it is stable across builds yet differs between subsets.
/// </summary>
internal static class SubsetTag
{
    public static string For(string postScriptName, IEnumerable<ushort> glyphs)
    {
        var data = new List<byte>(Encoding.UTF8.GetBytes(postScriptName)) { 0 };
        foreach (ushort g in glyphs.Distinct().Order())
        {
            data.Add((byte)(g >> 8));
            data.Add((byte)g);
        }
        byte[] hash = SHA256.HashData(data.ToArray());
        var tag = new char[6];
        for (int i = 0; i < 6; i++) tag[i] = (char)('A' + hash[i] % 26);
        return new string(tag);
    }
}
