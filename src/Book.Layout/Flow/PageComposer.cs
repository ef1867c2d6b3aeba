using Book.Pages;
using Book.Layout.Paragraphs;

namespace Book.Layout.Flow;

/// <summary>Draws set lines and boxes onto a page at absolute positions (y down from the page's top).</summary>
public static class PageComposer
{
    public static void DrawLine(Page page, TextLine line, double x, double top, double baseline, double height, bool artifact = false)
    {
        if (line.Drawings is not null)
            foreach (var d in line.Drawings) page.Items.Add(Offset(d, x, top + baseline) with { Tag = artifact ? null : d.Tag ?? line.Tag });
        foreach (var p in line.Pieces)
        {
            page.Items.Add(new GlyphRun(p.Font, p.Size, x + p.X, top + baseline - p.Rise, p.Text, p.Glyphs, p.Gray) { Tag = artifact || p.Artifact ? null : p.Tag ?? line.Tag, ActualText = p.ActualText, Language = p.Language });
            if (p.Strike is { } strike) page.Items.Add(StrikeRule(p, strike, x, top + baseline));
        }
        foreach (var m in line.Marks)
        {
            if (m.Anchor is { } anchor) page.Items.Add(new Anchor(anchor, top));
            else if (m.Width > 0)
                page.Items.Add((m.Dest is { } dest ? new LinkArea(x + m.X, top, m.Width, height, dest) : new LinkArea(x + m.X, top, m.Width, height, m.Uri, null))
                    with { Tag = artifact ? null : line.Tag });
        }
    }

    /// <summary>The rule through a struck-out piece: the font's strikeout stroke, centred where the font puts it.
    /// Decoration, not content (the text reads the same without it), so it is an artifact.</summary>
    static Rule StrikeRule(LinePiece p, StrikeLine strike, double x, double baseline)
    {
        double scale = strike.Size / p.Font.UnitsPerEm, thickness = p.Font.StrikeoutSize * scale;
        double y = baseline - strike.Rise - p.Font.StrikeoutPosition * scale + thickness / 2;
        return new Rule(x + p.X, y, x + p.X + p.Width, y, thickness, p.Gray);
    }

    public static void DrawBody(Page page, PageContent content, double left, double top)
    {
        for (int i = 0; i < content.Body.Count; i++)
        {
            var (item, y) = content.Body[i];
            // A table header repeated after a page break is read once, where it first stood.
            bool artifact = i < content.RepeatedHeader;
            switch (item)
            {
                case LineItem l:
                    DrawLine(page, l.Line, left + l.X, top + y, l.Baseline, l.Height, artifact);
                    break;
                case DrawItem d:
                    DrawBox(page, d, left, top + y, artifact);
                    break;
            }
        }
    }

    /// <summary>A drawn box (a table row, a chart) with its top-left corner at (<paramref name="x"/>, <paramref name="top"/>).</summary>
    public static void DrawBox(Page page, DrawItem d, double x, double top, bool artifact = false)
    {
        if (d.PageX && d.Items.Count > 0) page.Bleeds = true;
        foreach (var it in d.Items)
        {
            var placed = Offset(it, d.PageX ? 0 : x, top) with { Tag = artifact ? null : it.Tag };
            page.Items.Add(placed);
            // A picture's element says where on the page it stands (tagged PDF's /BBox); the last pass's place wins.
            if (placed is ImageItem { Tag: { } t } img) t.BBox = new ClipRect(img.X, img.Y, img.Width, img.Height);
            else if (placed is GroupItem { Tag: { } g, Clip: { } c } group) SetBox(g, c, group.Transform);
        }
        foreach (var (line, lx, ly) in d.Lines) DrawLine(page, line.Line, x + lx, top + ly, line.Baseline, line.Height, artifact);

        // An unrotated group: its clip box, scaled and moved onto the page.
        static void SetBox(StructElement e, ClipRect c, Transform m) =>
            e.BBox = new ClipRect(c.X * m.A + m.E, c.Y * m.D + m.F, c.Width * m.A, c.Height * m.D);
    }

    public static PageItem Offset(PageItem it, double dx, double dy) => it switch
    {
        Rule r => r with { X1 = r.X1 + dx, X2 = r.X2 + dx, Y1 = r.Y1 + dy, Y2 = r.Y2 + dy },
        FilledRect f => f with { X = f.X + dx, Y = f.Y + dy },
        ImageItem i => i with { X = i.X + dx, Y = i.Y + dy },
        GroupItem g => g with { Transform = g.Transform.Then(Transform.Translate(dx, dy)) },
        _ => it,
    };
}
