using System.Text;

namespace Book.Core.Citations.Bibliographies.BibTex;

/// <summary>What a group of LaTeX text is: a brace group (case-protected in titles), or a markup.</summary>
public enum TexKind { Brace, Emph, Strong, SmallCaps, Sup, Sub, Plain, NoCase }

/// <summary>A piece of a .bib value after LaTeX is read: text, or a group of pieces.</summary>
public abstract record TexNode;

public sealed record TexText(string Text) : TexNode;

public sealed record TexGroup(TexKind Kind, IReadOnlyList<TexNode> Children) : TexNode;

/// <summary>Renders read LaTeX as plain text or as CSL rich text (the HTML-like markup CSL-JSON carries).</summary>
public static class TexRender
{
    public static string Plain(IEnumerable<TexNode> nodes)
    {
        var sb = new StringBuilder();
        foreach (var n in nodes)
            if (n is TexText t) sb.Append(t.Text);
            else if (n is TexGroup g) sb.Append(Plain(g.Children));
        return sb.ToString();
    }

    /// <summary>CSL-JSON rich text: <c>&lt;i&gt;</c>, <c>&lt;b&gt;</c>, small caps, <c>&lt;sup&gt;</c>, <c>&lt;sub&gt;</c>
    /// and <c>&lt;span class="nocase"&gt;</c>; a plain brace group leaves no mark.</summary>
    public static string Rich(IEnumerable<TexNode> nodes)
    {
        var sb = new StringBuilder();
        Rich(nodes, sb);
        return sb.ToString().Trim();
    }

    static void Rich(IEnumerable<TexNode> nodes, StringBuilder sb)
    {
        foreach (var n in nodes)
        {
            if (n is TexText t) { sb.Append(t.Text.Replace("<", "&lt;")); continue; }
            var g = (TexGroup)n;
            var (open, close) = g.Kind switch
            {
                TexKind.Emph => ("<i>", "</i>"),
                TexKind.Strong => ("<b>", "</b>"),
                TexKind.SmallCaps => ("<span style=\"font-variant:small-caps;\">", "</span>"),
                TexKind.Sup => ("<sup>", "</sup>"),
                TexKind.Sub => ("<sub>", "</sub>"),
                TexKind.NoCase => ("<span class=\"nocase\">", "</span>"),
                _ => ("", ""),
            };
            sb.Append(open);
            Rich(g.Children, sb);
            sb.Append(close);
        }
    }
}
