using System.Globalization;
using System.Text;
using Book.Fonts;

namespace Book.Layout.Paragraphs;

/// <summary>
/// Characters the font cannot draw. Each user-perceived character (grapheme cluster) that holds
/// one becomes a single U+FFFD: drawn with the font's replacement glyph, or its .notdef box when it
/// has none, so the reader sees a placeholder and copied text shows the replacement character
/// rather than a wrong letter. Invisible format characters the font lacks (zero-width joiners,
/// variation selectors) are simply dropped: a box for them would add something that was never visible.
/// </summary>
static class MissingGlyphs
{
    public const char Placeholder = '\uFFFD';

    /// <summary>The word as the font can set it; the code points it lacks are added to <paramref name="missing"/>.</summary>
    public static string Substitute(OpenTypeFont font, string word, List<int> missing)
    {
        var sb = new StringBuilder(word.Length);
        var e = StringInfo.GetTextElementEnumerator(word);
        while (e.MoveNext())
        {
            string cluster = e.GetTextElement();
            bool lacks = false;
            var kept = new StringBuilder(cluster.Length);
            foreach (var rune in cluster.EnumerateRunes())
            {
                // Soft hyphens are the setter's break points, never drawn: keep them for it.
                if (rune.Value == 0xAD || font.HasGlyph(rune.Value)) { kept.Append(rune.ToString()); continue; }
                if (Invisible(rune)) continue;
                lacks = true;
                if (!missing.Contains(rune.Value)) missing.Add(rune.Value);
            }
            if (lacks) sb.Append(Placeholder);
            else sb.Append(kept);
        }
        return sb.ToString();
    }

    static bool Invisible(Rune r) =>
        Rune.GetUnicodeCategory(r) == UnicodeCategory.Format
        || r.Value is >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF;

    /// <summary>"U+1F600 (😀)" for a diagnostic; control characters are named by their number only.</summary>
    public static string Describe(int codePoint)
    {
        string hex = "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
        var rune = new Rune(codePoint);
        return Rune.IsControl(rune) ? hex : $"{hex} \u2018{rune}\u2019";
    }
}
