using System.Globalization;
using Book.Model;
using Book.Pages;
using Book.Layout.Blocks;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Pictures;
using Book.Layout.Styles;

namespace Book.Layout.Front;

/// <summary>
/// The front and back covers (book.yaml <c>cover:</c>). The front cover is page 1 and its inside is
/// left blank; the back cover is the last page, after a blank inside back cover, so the book still
/// starts on a recto and the print booklet can put both on its outside sheet. Cover pages are not
/// numbered (<see cref="FolioStyle.Cover"/>). What runs into the bleed (a background, a picture) is
/// drawn <see cref="Bleed"/> past the page edge; the reading PDF's page box cuts it off.
/// </summary>
static class CoverPages
{
    /// <summary>The bleed the print editions keep (3 mm), so a full-bleed cover still fills it.</summary>
    public static readonly double Bleed = Pictures.PictureBox.Bleed;

    public static void Front(IPageRun pass, Division d, CoverPictures pictures)
    {
        var design = pass.Book.Meta.Cover ?? new CoverDesign();
        var page = pass.NewCoverPage(pass.Book.Meta.Locale.Cover);
        var sect = pass.Sect;
        Background(page, design);
        if (pictures.Front is { } picture)
            Fill(page, picture, pass, Alt(pass.Book.Meta), design.FrontText ? null : sect?.Add("Figure"));
        page.Items.Add(new Anchor(AnchorId.Title(d.Id), 0));
        if (design.FrontText) Type(pass, page, design.InkGray, sect);
        pass.NewCoverPage(pass.Book.Meta.Locale.InsideFrontCover);
    }

    /// <summary>The last two pages: a blank inside back cover (a recto) and the back cover (a verso).</summary>
    public static void Back(IPageRun pass, Division d, BlockLayout blocks, CoverPictures pictures)
    {
        var design = pass.Book.Meta.Cover ?? new CoverDesign();
        if (pass.Tree.Pages.Count % 2 == 1) pass.NewPage();
        pass.NewCoverPage(pass.Book.Meta.Locale.InsideBackCover);
        var page = pass.NewCoverPage(pass.Book.Meta.Locale.BackCover);
        var style = pass.Style;
        double left = (style.Page.Width - style.TextWidth) / 2;
        Background(page, design);
        var image = design.BackImage;
        if (pictures.Back is { } full && image is { Bleed: true })
            Fill(page, full, pass, "", null);
        page.Items.Add(new Anchor(AnchorId.Title(d.Id), style.Page.Top));
        double bottom = style.Page.Top + style.TextHeight * 0.15;
        if (d.Blocks.Count > 0 || d.Title.Count > 0)
        {
            var text = new List<Block>();
            if (d.Title.Count > 0) text.Add(new Paragraph(d.Title, ParagraphRole.Centered));
            text.AddRange(d.Blocks);
            // A back cover is one page: what does not fit is cut, and said so.
            var parts = ShortText.Compose(pass, d, blocks, text);
            if (parts.Count > 1)
                pass.Diagnostics.Warning(d.Span, "the back cover's text is longer than the back cover; what did not fit is left out — shorten it");
            int before = page.Items.Count;
            double top = style.Page.Top + style.TextHeight * 0.15;
            PageComposer.DrawBody(page, parts[0], left, top);
            bottom = top + parts[0].BodyHeight;
            Ink(page, before, design.InkGray);
        }
        if (pictures.Back is { } inset && image is { Bleed: false })
        {
            // Under the text, centred in what is left of the text block.
            double room = style.Page.Top + style.TextHeight - bottom - style.Leading;
            if (room > style.Leading * 3)
            {
                double scale = Math.Min(style.TextWidth / inset.NaturalWidth, room / inset.NaturalHeight);
                double w = inset.NaturalWidth * scale, h = inset.NaturalHeight * scale;
                Place(page, inset, pass, (style.Page.Width - w) / 2, bottom + style.Leading + (room - h) / 2, w, h, null, null);
            }
            else pass.Diagnostics.Warning(image.Span, "the back cover's text leaves no room for its picture; the picture is left out (shorten the text or mark the picture {.bleed})");
        }
    }


    /// <summary>A grey filling the page and its bleed; page furniture, not content.</summary>
    static void Background(Page page, CoverDesign design)
    {
        if (design.Background is not { } gray || gray >= 1) return;
        page.Items.Add(new FilledRect(-Bleed, -Bleed, page.Width + 2 * Bleed, page.Height + 2 * Bleed, gray));
    }

    /// <summary>A picture covering the page and its bleed, centred and cropped to it (no distortion).</summary>
    static void Fill(Page page, Picture picture, IPageRun pass, string alt, StructElement? figure)
    {
        double bw = page.Width + 2 * Bleed, bh = page.Height + 2 * Bleed;
        double scale = Math.Max(bw / picture.NaturalWidth, bh / picture.NaturalHeight);
        double w = picture.NaturalWidth * scale, h = picture.NaturalHeight * scale;
        Place(page, picture, pass, -Bleed + (bw - w) / 2, -Bleed + (bh - h) / 2, w, h, new ClipRect(-Bleed, -Bleed, bw, bh), figure, alt);
    }

    static void Place(Page page, Picture picture, IPageRun pass, double x, double y, double w, double h, ClipRect? clip, StructElement? figure, string? alt = null)
    {
        if (figure is not null) figure.Alt = alt;
        var items = new List<PageItem>();
        if (picture.Raster is { } raster) items.Add(new ImageItem(0, 0, w, h, raster) { Tag = figure });
        else if (picture.Vector is { } drawing)
            items.AddRange(DrawingPlacer.Place(drawing, w, h, pass.Style.Fonts).Select(i => i with { Tag = figure }));
        if (items.Count == 0) return;
        var group = new GroupItem(Transform.Translate(x, y), items,
            clip is { } c ? new ClipRect(c.X - x, c.Y - y, c.Width, c.Height) : null) { Tag = figure };
        page.Items.Add(group);
    }

    /// <summary>What a picture-only front cover says to a screen reader (with type over it, the type says it and the picture is decoration).</summary>
    static string Alt(BookMetadata meta) =>
        meta.Locale.FrontCover + ": " + meta.Title + (meta.Subtitle is { } s ? ". " + s : "");

    /// <summary>
    /// The typographic front: the title large and plain, a short rule, the subtitle in italic, set
    /// a third of the way down; the editors and the date at the foot. Real text, tagged, in the ink
    /// that reads on the background.
    /// </summary>
    static void Type(IPageRun pass, Page page, double ink, StructElement? sect)
    {
        var style = pass.Style;
        var meta = pass.Book.Meta;
        double width = style.Page.Width - 2 * style.Page.Outer * 1.4;
        double left = (style.Page.Width - width) / 2;
        double titleSize = style.TitleSize * 1.15, titleLeading = titleSize * 1.2;
        double y = style.Page.Height * 0.26;
        var titleTag = sect?.Add("H1");
        foreach (var part in TitleLines(pass, meta.Title, titleSize, width))
            y = Centered(pass, page, part, titleSize, FontFlags.None, left, width, y, titleLeading, ink, titleTag);
        y += style.Leading * 1.2;
        double ruleW = style.BodySize * 4;
        page.Items.Add(new Rule((style.Page.Width - ruleW) / 2, y, (style.Page.Width + ruleW) / 2, y, 0.5, ink));
        y += style.Leading * 1.4;
        if (meta.Subtitle is { } sub)
            Centered(pass, page, sub, style.SubtitleSize * 1.1, FontFlags.Italic, left, width, y, style.SubtitleLeading * 1.1, ink, sect?.Add("P"));

        // The foot: editors above the date, ending where the text block ends.
        var foot = new List<(string Text, double Size, double Leading)>();
        if (TitlePageText.Editors(meta) is { } editors) foot.Add((editors, style.BodySize, style.Leading));
        if (TitlePageText.DateLine(meta) is { } date) foot.Add((date, style.SmallSize * 1.1, style.SmallLeading * 1.1));
        double fy = style.Page.Height - style.Page.Bottom - foot.Sum(f => f.Leading) - (foot.Count > 1 ? style.Leading * 0.5 : 0);
        foreach (var (text, size, leading) in foot)
        {
            fy = Centered(pass, page, text, size, FontFlags.None, left, width, fy, leading, ink, sect?.Add("P"));
            fy += style.Leading * 0.5;
        }
    }


    /// <summary>
    /// The title as one line, or, when it needs more and has a comma, broken after its first comma
    /// ("Khojaly," / "26 February 1992"): a break where the sense pauses, not where the measure ends.
    /// </summary>
    static IEnumerable<string> TitleLines(IPageRun pass, string title, double size, double width)
    {
        int comma = title.IndexOf(", ", StringComparison.Ordinal);
        if (comma < 0) return [title];
        var lang = pass.Book.Meta.Language;
        var runs = pass.Flattener.Flatten([new Model.Text(title)], FontFlags.None, size, lang);
        var lines = pass.Setter.Set(runs, new ParagraphSpec(width, size, Alignment.Center, 0, 0, 0, false, lang), out _);
        return lines.Count == 1 ? [title] : [title[..(comma + 1)], title[(comma + 2)..]];
    }

    static double Centered(IPageRun pass, Page page, string text, double size, FontFlags flags, double left, double width, double y, double leading, double ink, StructElement? tag)
    {
        var lang = pass.Book.Meta.Language;
        var runs = pass.Flattener.Flatten([new Model.Text(text)], flags, size, lang, ink);
        var lines = pass.Setter.Set(runs, new ParagraphSpec(width, leading, Alignment.Center, 0, 0, 0, false, lang), out _);
        foreach (var l in lines)
        {
            l.Tag = tag;
            PageComposer.DrawLine(page, l, left, y, BookStyle.Baseline(leading), leading);
            y += leading;
        }
        return y;
    }

    /// <summary>Sets the text drawn since <paramref name="from"/> in the cover's ink (white on a dark background).</summary>
    static void Ink(Page page, int from, double ink)
    {
        if (ink == 0) return;
        for (int i = from; i < page.Items.Count; i++)
            page.Items[i] = page.Items[i] switch
            {
                GlyphRun g => g with { Gray = ink },
                Rule r => r with { Gray = ink },
                var other => other,
            };
    }
}
