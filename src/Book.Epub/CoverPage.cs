using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>
/// The e-book's cover: the cover-image (<c>properties="cover-image"</c>) and cover.xhtml, first in the
/// spine, showing it. A picture-only front cover is its own cover-image; a typographic cover is drawn as
/// an SVG image (EPUB 3 allows image/svg+xml as the cover-image) with the title, subtitle, editors and date
/// as SVG text, over the cover picture when there is one, so reading systems that show covers in a
/// library get the same cover the print edition has.
/// </summary>
static class CoverPage
{
    public const string FileName = "cover.xhtml";
    const double W = 600, H = 849; // A-series proportions (1 : √2)

    /// <summary>The files the cover needs besides cover.xhtml: (href, media type, properties, bytes).</summary>
    public static List<(string Href, string MediaType, string? Properties, byte[] Bytes)> Images(BookMetadata meta, CoverDesign design, EpubPicture? picture, string fontFamily)
    {
        var files = new List<(string, string, string?, byte[])>();
        if (picture is not null && !design.FrontText)
        {
            files.Add(("images/cover" + picture.Extension, picture.MediaType, "cover-image", picture.Data));
            return files;
        }
        string? pictureHref = null;
        if (picture is not null)
        {
            pictureHref = "cover-picture" + picture.Extension;
            files.Add(("images/" + pictureHref, picture.MediaType, null, picture.Data));
        }
        files.Insert(0, ("images/cover.svg", "image/svg+xml", "cover-image", Encoding.UTF8.GetBytes(Svg(meta, design, pictureHref, fontFamily))));
        return files;
    }

    public static RenderedFile Render(Division d, BookMetadata meta, string imageHref, string xmlId)
    {
        var alt = meta.Locale.Cover + ": " + meta.Title + (string.IsNullOrEmpty(meta.Subtitle) ? "" : ". " + meta.Subtitle);
        var section = E("section", Type("cover"), Class("cover"), A("id", xmlId),
            E("img", Role("doc-cover"), A("src", imageHref), A("alt", alt)));
        return new RenderedFile(FileName, d, section, "cover");
    }

    /// <summary>Rules for cover.xhtml, added to the stylesheet only for a book with a cover.</summary>
    public const string Css = "\nsection.cover { margin: 0; padding: 0; text-align: center; }\nsection.cover img { max-width: 100%; max-height: 100vh; }\n";

    /// <summary>The typographic cover as SVG: as the PDF's front cover sets it, in proportion.</summary>
    static string Svg(BookMetadata meta, CoverDesign design, string? pictureHref, string fontFamily)
    {
        XNamespace svg = "http://www.w3.org/2000/svg", xlink = "http://www.w3.org/1999/xlink";
        string ink = design.InkGray >= 0.5 ? "#ffffff" : "#000000";
        string family = "'" + fontFamily.Replace("'", "", StringComparison.Ordinal) + "', serif";
        var root = new XElement(svg + "svg", new XAttribute("xmlns", svg.NamespaceName), new XAttribute(XNamespace.Xmlns + "xlink", xlink.NamespaceName),
            new XAttribute("version", "1.1"), new XAttribute("viewBox", $"0 0 {N(W)} {N(H)}"), new XAttribute("width", N(W)), new XAttribute("height", N(H)),
            new XElement(svg + "title", T(meta.Title)));
        string fill = design.Background is { } g ? Gray(g) : "#ffffff";
        root.Add(new XElement(svg + "rect", new XAttribute("width", N(W)), new XAttribute("height", N(H)), new XAttribute("fill", fill)));
        if (pictureHref is not null)
            root.Add(new XElement(svg + "image", new XAttribute(xlink + "href", pictureHref), new XAttribute("width", N(W)), new XAttribute("height", N(H)),
                new XAttribute("preserveAspectRatio", "xMidYMid slice")));

        double y = H * 0.26;
        // As the PDF's cover: a title too long for a line breaks after its first comma when it has one.
        int comma = meta.Title.IndexOf(", ", StringComparison.Ordinal);
        var titleLines = meta.Title.Length > 20 && comma > 0
            ? Wrap(meta.Title[..(comma + 1)], 20).Concat(Wrap(meta.Title[(comma + 2)..], 20)) : Wrap(meta.Title, 20);
        foreach (var line in titleLines)
        {
            root.Add(Text(svg, line, y, 44, "normal", ink, family));
            y += 53;
        }
        y += 10;
        root.Add(new XElement(svg + "line", new XAttribute("x1", N(W / 2 - 30)), new XAttribute("x2", N(W / 2 + 30)), new XAttribute("y1", N(y)), new XAttribute("y2", N(y)),
            new XAttribute("stroke", ink), new XAttribute("stroke-width", "1")));
        y += 44;
        if (!string.IsNullOrEmpty(meta.Subtitle))
            foreach (var line in Wrap(meta.Subtitle, 34))
            {
                root.Add(Text(svg, line, y, 24, "italic", ink, family));
                y += 32;
            }
        double fy = H - 70;
        if (TitlePageText.Editors(meta) is { } editors)
            foreach (var line in Wrap(editors, 44).Reverse())
            {
                root.Add(Text(svg, line, fy - 34, 18, "normal", ink, family));
                fy -= 24;
            }
        var date = TitlePageText.DateLine(meta);
        if (date is not null) root.Add(Text(svg, date, H - 60, 15, "normal", ink, family));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.ToString(SaveOptions.DisableFormatting) + "\n";
    }

    static XElement Text(XNamespace svg, string text, double y, double size, string style, string ink, string family) =>
        new(svg + "text", new XAttribute("x", N(W / 2)), new XAttribute("y", N(y)), new XAttribute("text-anchor", "middle"),
            new XAttribute("font-family", family), new XAttribute("font-size", N(size)), style == "italic" ? new XAttribute("font-style", "italic") : null,
            new XAttribute("fill", ink), T(text));

    /// <summary>Greedy lines of about <paramref name="chars"/> characters, broken between words: SVG text does not wrap itself.</summary>
    static IEnumerable<string> Wrap(string text, int chars)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > chars) { yield return line.ToString(); line.Clear(); }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }


    static string Gray(double g)
    {
        int v = (int)Math.Round(Math.Clamp(g, 0, 1) * 255);
        return "#" + v.ToString("x2", CultureInfo.InvariantCulture) + v.ToString("x2", CultureInfo.InvariantCulture) + v.ToString("x2", CultureInfo.InvariantCulture);
    }

    static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
