using System.Text;
using Book.Pages;

namespace Book.Images.Svg;

/// <summary>
/// text and tspan: their character data as pieces with a position (x, y, dx, dy: the first of each
/// list) or none (they follow the piece before), white space collapsed as SVG does by default.
/// Layout sets the pieces in the book's fonts.
/// </summary>
internal sealed partial class SvgWalker
{
    sealed class Pending
    {
        public double? X, Y;
        public double Dx, Dy;
    }

    void Text(SvgElement e, Transform ctm, SvgStyle style)
    {
        var pieces = new List<DrawingText>();
        var pending = new Pending { X = First(e, "x", Axis.X, style) ?? 0, Y = First(e, "y", Axis.Y, style) ?? 0 };
        Offsets(e, pending, style);
        TextContent(e, ctm, style, pieces, pending);
        // SVG's default white space: newlines gone, runs of spaces one, none at either end of the text.
        bool spaceBefore = true;
        for (int i = 0; i < pieces.Count; i++)
        {
            var text = pieces[i].Text;
            if (spaceBefore) text = text.TrimStart(' ');
            if (text.Length > 0) spaceBefore = text[^1] == ' ';
            pieces[i] = pieces[i] with { Text = text };
        }
        for (int i = pieces.Count - 1; i >= 0; i--)
        {
            var trimmed = pieces[i].Text.TrimEnd(' ');
            pieces[i] = pieces[i] with { Text = trimmed };
            if (trimmed.Length > 0) break;
        }
        // An empty piece still moves the pen to its position: its place passes to the next piece.
        for (int i = 0; i < pieces.Count; i++)
        {
            var p = pieces[i];
            if (p.Text.Length > 0) { context.Count(1); output.Add(p); continue; }
            if (i + 1 < pieces.Count)
            {
                var next = pieces[i + 1];
                pieces[i + 1] = next with { X = next.X ?? p.X, Y = next.Y ?? p.Y, Dx = next.Dx + (next.X is null ? p.Dx : 0), Dy = next.Dy + (next.Y is null ? p.Dy : 0) };
            }
        }
    }

    void TextContent(SvgElement e, Transform ctm, SvgStyle style, List<DrawingText> pieces, Pending pending)
    {
        foreach (var item in e.Content)
        {
            if (item is string raw)
            {
                var text = Collapse(raw);
                if (text.Length == 0) continue;
                if (Fill(style) is not { } color) { Clear(pending); continue; }
                if (style.Opacity * style.FillOpacity < 1) context.Warn("SVG text opacity is not supported; texts are drawn opaque");
                pieces.Add(new DrawingText(ctm, pending.X, pending.Y, pending.Dx, pending.Dy, text, style.FontSize,
                    style.Bold, style.Italic, style.Anchor, color));
                Clear(pending);
                continue;
            }
            var child = (SvgElement)item;
            if (child.Name is not ("tspan" or "a"))
            {
                Walk(child, ctm, style);
                continue;
            }
            var childStyle = style.Clone();
            if (!childStyle.Apply(child, context)) continue;
            if (First(child, "x", Axis.X, childStyle) is double x) { pending.X = x; pending.Dx = 0; }
            if (First(child, "y", Axis.Y, childStyle) is double y) { pending.Y = y; pending.Dy = 0; }
            Offsets(child, pending, childStyle);
            TextContent(child, ctm, childStyle, pieces, pending);
        }
    }

    static void Clear(Pending p) { p.X = null; p.Y = null; p.Dx = 0; p.Dy = 0; }

    void Offsets(SvgElement e, Pending pending, SvgStyle style)
    {
        if (First(e, "dx", Axis.X, style) is double dx) pending.Dx += dx;
        if (First(e, "dy", Axis.Y, style) is double dy) pending.Dy += dy;
        if (e["rotate"] is not null || e["textLength"] is not null)
            context.Warn("SVG text rotate and textLength are not supported; texts are set as the book sets them");
    }

    /// <summary>The first length of an x/y/dx/dy list: one position per character is beyond the subset (named once).</summary>
    double? First(SvgElement e, string attribute, Axis axis, SvgStyle style)
    {
        if (e[attribute] is not { } text) return null;
        var parts = text.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return null;
        if (parts.Length > 1) context.Warn("SVG text with a position for each character is set from its first position only");
        return context.Length(parts[0], axis, style.FontSize);
    }

    /// <summary>The text's colour: a gradient gives its first stop's (named), a text with only a stroke is filled with it (named).</summary>
    RgbColor? Fill(SvgStyle style)
    {
        if (!style.Visible) return null;
        var spec = style.Fill;
        if (spec.Kind == PaintKind.None)
        {
            if (style.Stroke.Kind == PaintKind.None) return null;
            context.Warn("SVG text drawn in outline only is set filled with its stroke colour");
            spec = style.Stroke;
        }
        switch (Resolve(spec, style, (0, 0, 1, 1)))
        {
            case SolidPaint solid: return solid.Color;
            case GradientPaint g:
                context.Warn("SVG text filled with a gradient is set in the gradient's first colour");
                return g.Stops[0].Color;
            default: return null;
        }
    }

    static string Collapse(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (char c in raw)
        {
            if (c is '\n' or '\r') continue;
            char ch = c == '\t' ? ' ' : c;
            if (ch == ' ' && sb.Length > 0 && sb[^1] == ' ') continue;
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
