using Book.Model;
using Book.Layout.Paragraphs;

namespace Book.Layout.Blocks;

/// <summary>What setting a block could only do badly, reported with the text so the editor can find it.</summary>
public sealed partial class BlockLayout
{
    /// <summary>Names the first bad line by its text.</summary>
    void WarnBadLines(SourceSpan? span, List<TextLine> lines, int bad, string what)
    {
        var first = lines.First(l => l.Bad);
        var text = string.Concat(first.Pieces.Select(p => p.Text)).Trim();
        if (text.Length > 48) text = text[..48] + "\u2026";
        diags.Warning(span, (bad == 1 ? $"a {what}line is too loose or too tight" : $"{bad} {what}lines are too loose or too tight")
            + $": \u201C{text}\u201D; rephrase, or add a hyphenation point with a soft hyphen (\\u00AD)");
    }

    /// <summary>What the setter could only do by force: a word broken at an arbitrary point, characters drawn
    /// as placeholders. Reported once per paragraph, naming the text so the editor can find it.</summary>
    public void WarnSetting(SourceSpan? span, IReadOnlyList<TextLine> lines)
    {
        var broken = lines.FirstOrDefault(l => l.EmergencyBreak);
        if (broken is not null)
        {
            var text = string.Concat(broken.Pieces.Select(p => p.Text)).Trim();
            if (text.Length > 48) text = "\u2026" + text[^48..];
            // Inline code has no hyphenation points to offer: the advice is a space, or a code block.
            if (broken.Pieces.Count > 0 && style.Fonts.IsMono(broken.Pieces[^1].Font))
                diags.Warning(span, $"a piece of code is wider than the line and was broken at an arbitrary point: \u201C{text}\u201D; "
                    + "shorten it, or put it in a code block");
            else
                diags.Warning(span, $"a word is wider than the line and was broken at an arbitrary point: \u201C{text}\u201D; "
                    + "add soft hyphens (\\u00AD) where it may break, or shorten it");
        }
        WarnMissing(span, lines, style.Fonts.Regular.FamilyName);
    }

    /// <summary>Names the characters <paramref name="family"/> has no glyph for, drawn as placeholders on these lines.</summary>
    public void WarnMissing(SourceSpan? span, IReadOnlyList<TextLine> lines, string family)
    {
        var missing = new List<int>();
        foreach (var l in lines)
            if (l.Missing is { } m) foreach (var c in m) if (!missing.Contains(c)) missing.Add(c);
        if (missing.Count == 0) return;
        const int named = 6;
        var list = string.Join(", ", missing.Take(named).Select(MissingGlyphs.Describe)) + (missing.Count > named ? $" and {missing.Count - named} more" : "");
        diags.Warning(span, $"the font ({family}) has no glyph for {list}; "
            + $"{(missing.Count == 1 ? "it is" : "they are")} drawn as a placeholder box (\uFFFD): remove {(missing.Count == 1 ? "it" : "them")} or use a font that has {(missing.Count == 1 ? "it" : "them")}");
    }
}
