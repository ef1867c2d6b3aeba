using System.Globalization;
using System.Text;
using Book.Pages;

namespace Book.Tests;

/// <summary>
/// A page tree as plain text, one line per page and per item, for golden-file comparison of layout.
/// Positions are in points rounded to 0.01 (Y down from the page's top, baselines for text), so a
/// change of layout shows as a readable diff rather than as moved pixels. Format:
/// <code>
/// page 3 arabic 1 419.53x595.28
///   text 56.69 80.00 Literata-Regular 10.50 "The words of the run" [gray 0.30] &lt;P&gt;
///   rule 56.69 104.00 362.84 104.00 w0.40 [gray 0.50] &lt;artifact&gt;
///   rect 56.69 60.00 306.15x16.00 gray 0.90 &lt;Table&gt;
///   image 10.00 10.00 100.00x50.00 &lt;Figure&gt;
///   group [a b c d e f] [clip x y wxh] { … }
///   link 56.69 112.00 80.00x10.00 -> #page-two | -> https://…
///   anchor page-two 72.00
/// outline
///   Title -> destination
/// structure
///   Document
///     Sect …
/// </code>
/// An item's &lt;role&gt; is the role of the structure element it is tagged with; page furniture
/// (an artifact) shows as &lt;artifact&gt;.
/// </summary>
public static class PageTreeDump
{
    public static string Write(PageTree tree)
    {
        var sb = new StringBuilder();
        int index = 0;
        foreach (var page in tree.Pages)
        {
            index++;
            sb.Append(Inv($"page {index} {page.Style.ToString().ToLowerInvariant()} {page.Number} {F(page.Width)}x{F(page.Height)}\n"));
            foreach (var item in page.Items) Item(sb, item, "  ");
        }
        if (tree.Outline.Count > 0)
        {
            sb.Append("outline\n");
            foreach (var e in tree.Outline) Outline(sb, e, "  ");
        }
        if (tree.Structure is { } root)
        {
            sb.Append("structure\n");
            Structure(sb, root, "  ");
        }
        return sb.ToString();
    }

    static void Item(StringBuilder sb, PageItem item, string indent)
    {
        sb.Append(indent);
        switch (item)
        {
            case GlyphRun r:
                sb.Append(Inv($"text {F(r.X)} {F(r.Y)} {r.Font.PostScriptName} {F(r.Size)} {Quote(r.Text)}"));
                if (r.Gray != 0) sb.Append(Inv($" gray {F(r.Gray)}"));
                if (r.Offsets is not null) sb.Append(" offsets");
                break;
            case Rule r:
                sb.Append(Inv($"rule {F(r.X1)} {F(r.Y1)} {F(r.X2)} {F(r.Y2)} w{F(r.Thickness)}"));
                if (r.Gray != 0) sb.Append(Inv($" gray {F(r.Gray)}"));
                break;
            case FilledRect r:
                sb.Append(Inv($"rect {F(r.X)} {F(r.Y)} {F(r.Width)}x{F(r.Height)} gray {F(r.Gray)}"));
                break;
            case ImageItem i:
                sb.Append(Inv($"image {F(i.X)} {F(i.Y)} {F(i.Width)}x{F(i.Height)}"));
                break;
            case LinkArea l:
                sb.Append(Inv($"link {F(l.X)} {F(l.Y)} {F(l.Width)}x{F(l.Height)} -> {(l.Uri ?? "#" + l.Destination)}"));
                break;
            case Anchor a:
                sb.Append(Inv($"anchor {a.Name} {F(a.Y)}"));
                break;
            case GroupItem g:
                var t = g.Transform;
                sb.Append(Inv($"group [{F(t.A)} {F(t.B)} {F(t.C)} {F(t.D)} {F(t.E)} {F(t.F)}]"));
                if (g.Clip is { } c) sb.Append(Inv($" clip {F(c.X)} {F(c.Y)} {F(c.Width)}x{F(c.Height)}"));
                sb.Append(Role(item)).Append(" {\n");
                foreach (var child in g.Items) Item(sb, child, indent + "  ");
                sb.Append(indent).Append("}\n");
                return;
            default:
                sb.Append(item.GetType().Name);
                break;
        }
        // Anchors and links are not content; they carry no tag worth showing.
        if (item is not (Anchor or LinkArea)) sb.Append(Role(item));
        sb.Append('\n');
    }

    static string Role(PageItem item) => item.Tag is { } tag ? " <" + tag.Role + ">" : " <artifact>";

    static void Outline(StringBuilder sb, OutlineEntry e, string indent)
    {
        sb.Append(indent).Append(Quote(e.Title)).Append(" -> #").Append(e.Destination).Append('\n');
        foreach (var c in e.Children) Outline(sb, c, indent + "  ");
    }

    static void Structure(StringBuilder sb, StructElement e, string indent)
    {
        sb.Append(indent).Append(e.Role);
        if (e.Alt is { } alt) sb.Append(" alt=").Append(Quote(alt));
        sb.Append('\n');
        foreach (var c in e.Children) Structure(sb, c, indent + "  ");
    }

    static string F(double v)
    {
        var s = Math.Round(v, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
        return s == "-0.00" ? "0.00" : s;
    }

    static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (char ch in text)
        {
            switch (ch)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(ch) || ch is '\u00AD' or '\u200B' or '\u00A0' or '\u2009' or '\u202F')
                        sb.Append(Inv($"\\u{(int)ch:X4}"));
                    else sb.Append(ch);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
