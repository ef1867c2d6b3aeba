using System.Text;

namespace Book.Csl;

/// <summary>What a span does to its text. Normal* undo an enclosing style (a title in italics inside
/// an italic container prints upright); the display kinds are CSL's display attribute.</summary>
public enum RichStyle
{
    Italic, Oblique, Bold, Light, SmallCaps, Superscript, Subscript, Underline,
    NormalStyle, NormalWeight, NormalVariant, NormalDecoration, NormalAlign,
    Link, Block, LeftMargin, RightInline, Indent,
}

public abstract record RichNode;

/// <summary>Plain text, no markup.</summary>
public sealed record RichRun(string Text) : RichNode;

/// <summary>Styled content; Href is set for <see cref="RichStyle.Link"/>.</summary>
public sealed record RichSpan(RichStyle Style, IReadOnlyList<RichNode> Children, string? Href = null) : RichNode;

/// <summary>A formatted citation or bibliography entry: a small tree of runs and styled spans.</summary>
public sealed class RichText(IReadOnlyList<RichNode> nodes)
{
    public IReadOnlyList<RichNode> Nodes { get; } = nodes;
    public static RichText Empty { get; } = new([]);
    public bool IsEmpty => ToPlainText().Length == 0;

    public string ToPlainText()
    {
        var sb = new StringBuilder();
        void Walk(RichNode n)
        {
            if (n is RichRun r) sb.Append(r.Text);
            else if (n is RichSpan s) foreach (var c in s.Children) Walk(c);
        }
        foreach (var n in Nodes) Walk(n);
        return sb.ToString();
    }

    /// <summary>The HTML the CSL test suite expects (citeproc-js's "html" format).</summary>
    public string ToHtml()
    {
        var sb = new StringBuilder();
        foreach (var n in Nodes) Html(n, sb);
        return sb.ToString();
    }

    static void Html(RichNode n, StringBuilder sb)
    {
        if (n is RichRun r) { Escape(r.Text, sb); return; }
        var s = (RichSpan)n;
        var (open, close) = s.Style switch
        {
            RichStyle.Italic => ("<i>", "</i>"),
            RichStyle.Oblique => ("<span style=\"font-style:oblique;\">", "</span>"),
            RichStyle.Bold => ("<b>", "</b>"),
            RichStyle.Light => ("<span style=\"font-weight:light;\">", "</span>"),
            RichStyle.SmallCaps => ("<span style=\"font-variant:small-caps;\">", "</span>"),
            RichStyle.Superscript => ("<sup>", "</sup>"),
            RichStyle.Subscript => ("<sub>", "</sub>"),
            RichStyle.Underline => ("<span style=\"text-decoration:underline;\">", "</span>"),
            RichStyle.NormalStyle => ("<span style=\"font-style:normal;\">", "</span>"),
            RichStyle.NormalWeight => ("<span style=\"font-weight:normal;\">", "</span>"),
            RichStyle.NormalVariant => ("<span style=\"font-variant:normal;\">", "</span>"),
            RichStyle.NormalDecoration => ("<span style=\"text-decoration:none;\">", "</span>"),
            RichStyle.NormalAlign => ("<span style=\"baseline\">", "</span>"),
            RichStyle.Link => ($"<a href=\"{Attr(s.Href)}\">", "</a>"),
            RichStyle.Block => ("<div class=\"csl-block\">", "</div>"),
            RichStyle.LeftMargin => ("<div class=\"csl-left-margin\">", "</div>"),
            RichStyle.RightInline => ("<div class=\"csl-right-inline\">", "</div>"),
            RichStyle.Indent => ("<div class=\"csl-indent\">", "</div>"),
            _ => ("", ""),
        };
        sb.Append(open);
        foreach (var c in s.Children) Html(c, sb);
        sb.Append(close);
    }

    static string Attr(string? href) => (href ?? "").Replace("&", "&#38;").Replace("\"", "&#34;");

    static void Escape(string t, StringBuilder sb)
    {
        foreach (var ch in t)
            sb.Append(ch switch { '&' => "&#38;", '<' => "&#60;", '>' => "&#62;", _ => ch.ToString() });
    }

    public override string ToString() => ToHtml();
}
