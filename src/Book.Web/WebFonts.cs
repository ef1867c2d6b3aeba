using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Book.Web;

/// <summary>
/// The book's faces for the site: each cut down to the characters the pages hold (and printable ASCII,
/// for what a reader types into the search box), then wrapped as WOFF2. Glyph ids are kept, so the
/// cut is the PDF's subsetter; the browser sets the text with the font's own metrics.
/// </summary>
sealed class WebFonts
{
    public List<(string File, byte[] Bytes)> Files { get; } = [];
    readonly List<(string File, string Style, int Weight)> _faces = [];

    public static WebFonts Subset(IReadOnlyList<WebFont> fonts, IEnumerable<XElement> pages)
    {
        var result = new WebFonts();
        if (fonts.Count == 0) return result;
        var chars = new SortedSet<int>();
        for (int c = 0x20; c < 0x7F; c++) chars.Add(c);
        foreach (var page in pages)
            foreach (var t in page.Descendants().Where(e => e.Name.LocalName == "body").DescendantNodes().OfType<XText>())
                foreach (var r in t.Value.EnumerateRunes()) chars.Add(r.Value);
        foreach (var f in fonts)
        {
            var glyphs = chars.Select(f.Font.GetGlyph).Where(g => g != 0).ToHashSet();
            var file = Path.GetFileNameWithoutExtension(f.Name) + ".woff2";
            result.Files.Add((file, Encode(f.Font.Subset(glyphs))));
            result._faces.Add((file, f.Style, f.Weight));
        }
        return result;
    }

    /// <summary>The body's family, after the e-book stylesheet's own "serif" rule so that it wins.</summary>
    public string BodyRule(string family) =>
        _faces.Count == 0 ? "" : "body { font-family: \"" + family.Replace("\"", "", StringComparison.Ordinal) + "\", serif; }\n";

    // Brotli at its best quality is most of the web edition's time; `book preview` and `book watch`
    // rebuild with the same characters nearly every time, so a face already encoded is reused.
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> Encoded = new(StringComparer.Ordinal);

    static byte[] Encode(byte[] sfnt)
    {
        var key = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(sfnt));
        if (Encoded.TryGetValue(key, out var woff2)) return woff2;
        if (Encoded.Count > 32) Encoded.Clear();
        return Encoded[key] = Woff2.Encode(sfnt);
    }

    public string FaceRules(string family)
    {
        var sb = new StringBuilder();
        family = family.Replace("\"", "", StringComparison.Ordinal);
        foreach (var (file, style, weight) in _faces)
            sb.Append("@font-face {\n  font-family: \"").Append(family).Append("\";\n  src: url(\"fonts/").Append(file)
              .Append("\") format(\"woff2\");\n  font-style: ").Append(style).Append(";\n  font-weight: ")
              .Append(weight.ToString(CultureInfo.InvariantCulture)).Append(";\n  font-display: swap;\n}\n\n");
        return sb.ToString();
    }
}
