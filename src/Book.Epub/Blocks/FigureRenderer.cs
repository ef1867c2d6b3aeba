using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>
/// A figure: <c>&lt;figure&gt;&lt;img alt&gt;&lt;figcaption&gt;</c>, the picture a file of the e-book. The
/// label and caption are read after the picture's alt text, as in print.
/// </summary>
sealed class FigureRenderer : BlockRenderer<Figure>
{
    protected override XElement Render(Figure f, RenderContext ctx)
    {
        string? id = f.Id is not null || f.Label is not null
            ? ctx.Anchor(Anchors.AnchorOf(f.Id, f.Label), f.Id ?? f.Label!.ToLowerInvariant().Replace(' ', '-').Replace('.', '-'))
            : null;
        var classes = string.Join(" ", new[] { "figure" }.Concat(f.Classes));
        object picture = ctx.Options.PictureFiles.Href(f.Picture.Path) is { } href
            ? E("img", A("src", href), A("alt", f.AltText), Pictures.Style(f.Picture) is { } style ? A("style", style) : null)
            : E("p", Class("missing-image"), T(f.AltText));
        return E("figure", Class(classes), id is null ? null : A("id", id),
            picture,
            f.Label is null && f.Caption.Count == 0 ? null : E("figcaption", Captions.Caption(f.Label, f.Caption, ctx)));
    }
}

/// <summary>The size the author asked for, as CSS.</summary>
static class Pictures
{
    public static string? Style(PictureRef r)
    {
        var parts = new List<string>();
        if (r.Width is { } w) parts.Add("width:" + Css(w));
        if (r.Height is { } h) parts.Add("height:" + Css(h));
        return parts.Count == 0 ? null : string.Join(";", parts);
    }

    static string Css(PictureSize s) =>
        s.Value.ToString("0.##", CultureInfo.InvariantCulture) + (s.Percent ? "%" : s.Em ? "em" : "pt");
}
