using System.Globalization;
using Book.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Book.Core.Markdown;

public sealed partial class ChapterParser
{
    /// <summary>
    /// A paragraph holding one image and nothing else is a figure, as Pandoc's implicit_figures reads it:
    /// the image's description is the caption (its markup kept), the alt text is <c>fig-alt</c> or
    /// <c>alt</c> when given, else the caption's words. Null when the paragraph is anything else.
    /// </summary>
    Figure? FigureOf(ParagraphBlock p)
    {
        if (p.Inline is not { } container) return null;
        LinkInline? image = null;
        foreach (var i in container)
        {
            if (i is LinkInline { IsImage: true } l && image is null) image = l;
            else if (i is LiteralInline lit && lit.Content.IsEmptyOrWhitespace()) continue;
            else if (i is LineBreakInline { IsHard: false }) continue;
            // Markdig ends a footnote's last paragraph with a link back to the mark; it is not content.
            else if (i is Markdig.Extensions.Footnotes.FootnoteLink { IsBackLink: true }) continue;
            else return null;
        }
        if (image is null) return null;
        var at = Where(image.Line, image.Column);
        var a = image.TryGetAttributes();
        var caption = Inlines(image);
        var picture = PictureRefOf(image, a, at);
        var classes = a?.Classes?.ToList() ?? [];
        string alt = Attribute(a, "fig-alt") ?? Attribute(a, "alt") ?? InlineText.Plain(caption).Trim();
        if (alt.Length == 0)
            _diags.Warning(at, "the figure has no alt text (write a caption, or fig-alt=\"…\"); readers who cannot see it are told nothing");
        return new Figure(a?.Id, null, caption, alt, picture)
        {
            Span = at, Classes = classes,
            FullPage = classes.Contains("fullpage"), Bleed = classes.Contains("bleed"),
        };
    }

    /// <summary>An image in running text; its description is its alt text.</summary>
    Model.Inline ImageOf(LinkInline image, int lb, int cb)
    {
        var at = Where(image.Line + lb, image.Column + (image.Line == 0 ? cb : 0));
        var a = image.TryGetAttributes();
        string alt = Attribute(a, "alt") ?? InlineText.Plain(Inlines(image, lb, cb)).Trim();
        if (alt.Length == 0) _diags.Warning(at, "the image has no alt text (describe it between the brackets: ![a red star](star.png))");
        return new Model.Image(alt, PictureRefOf(image, a, at));
    }

    PictureRef PictureRefOf(LinkInline image, HtmlAttributes? a, Model.SourceSpan at)
    {
        var path = Uri.UnescapeDataString(image.GetDynamicUrl?.Invoke() ?? image.Url ?? "");
        return new PictureRef(path, at) { Width = SizeOf(a, "width", at), Height = SizeOf(a, "height", at) };
    }

    static string? Attribute(HtmlAttributes? a, string key) =>
        a?.Properties?.FirstOrDefault(p => p.Key == key).Value;

    /// <summary>A width or height as Pandoc takes it: a percentage, or a length in pt, mm, cm, in or px (96 to the inch).</summary>
    PictureSize? SizeOf(HtmlAttributes? a, string key, Model.SourceSpan at)
    {
        if (Attribute(a, key) is not { } s) return null;
        s = s.Trim();
        if (s.EndsWith('%') && double.TryParse(s[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var pc) && pc > 0)
            return PictureSize.Share(pc);
        if (s.EndsWith("px", StringComparison.Ordinal) && double.TryParse(s[..^2], NumberStyles.Float, CultureInfo.InvariantCulture, out var px) && px > 0)
            return PictureSize.Points(px * 0.75);
        if (s.EndsWith("em", StringComparison.Ordinal) && double.TryParse(s[..^2], NumberStyles.Float, CultureInfo.InvariantCulture, out var em) && em > 0)
            return new PictureSize(em, false) { Em = true };
        if (Length.TryParse(s, out var pt) && pt > 0) return PictureSize.Points(pt);
        _diags.Warning(at, $"{key}='{s}' is not a size (write 60%, 5cm, 2in, 120pt or 300px); the picture keeps its own {key}");
        return null;
    }
}
