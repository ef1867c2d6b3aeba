using System.Globalization;
using Book.Model;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Pictures;
using Book.Layout.Styles;

namespace Book.Layout.Blocks;

using Text = Book.Model.Text;

/// <summary>
/// A picture with its numbered caption below, centred on the measure; a float that moves whole to the
/// next page's top when it does not fit where it stands. A full-page figure fills the text block of a
/// page of its own. Tagged as a Figure with the alt text and, once placed, its box on the page.
/// </summary>
public sealed class FigureLayouter : BlockLayouter<Figure>
{
    /// <summary>No figure is taller than this share of the text block (<see cref="BookStyle.PictureMaxHeightShare"/>).</summary>
    public const double MaxHeightShare = BookStyle.PictureMaxHeightShare;
    /// <summary>Below this many pixels per inch at its printed size a raster picture looks soft in print.</summary>
    public const double MinPrintPpi = 200;

    protected override string? Role(Figure f) => "Figure";
    // A figure without alt text was already warned about when the chapter was read.
    protected override string? Alt(Figure f) => f.AltText is { Length: > 0 } ? f.AltText : null;
    public override BlockTagging Tagging => BlockTagging.Drawing;
    public override bool Floats => true;

    protected override void Layout(BlockLayout layout, List<VItem> items, Figure f, BlockContext ctx)
    {
        var style = layout.Style;
        var picture = style.Pictures(f.Picture.Path);
        if (ctx.Place != BlockPlace.Body)
        {
            // The foot of the page has no room for a picture: its caption stands for it, and the editor is told.
            layout.Diagnostics.Warning(f.Picture.Span, "a figure in a note or a table cell is not printed (only its caption); move it into the text");
            var words = f.Caption.Count > 0 ? f.Caption : [new Text(f.AltText)];
            layout.Paragraph(items, [new Target(Anchors.AnchorOf(f.Id, f.Label)), .. Blocks.TableSetter.CaptionContent(f.Label, words)], ctx, Alignment.Left, 0, f.Span);
            return;
        }
        var (small, smallLeading) = ctx.Place == BlockPlace.Note ? (style.NoteSize, style.NoteLeading) : (style.SmallSize, style.SmallLeading);
        var captionCtx = ctx with { Size = small, Leading = smallLeading };

        // The caption is set first: a full-page figure's picture takes what the caption leaves.
        var captionLines = new List<VItem>();
        List<LineItem>? caption = null;
        var content = Blocks.TableSetter.CaptionContent(f.Label, f.Caption);
        if (content.Count > 0)
            caption = layout.Paragraph(captionLines, [new Target(Anchors.AnchorOf(f.Id, f.Label)), .. content], captionCtx,
                Alignment.Left, 0, f.Span, hyphenate: false);
        double gap = caption is null ? 0 : smallLeading * 0.5;
        double captionHeight = captionLines.Sum(i => i.Height);
        bool fullPage = f.FullPage && ctx.Place == BlockPlace.Body && ctx.Depth == 0;

        double boxHeight;
        double width, height;
        if (fullPage)
        {
            boxHeight = style.TextHeight - captionHeight - gap;
            // Scaled to the text block, up as well as down: the page is the picture's.
            double nw = picture?.NaturalWidth is > 0 and var a ? a : ctx.Width, nh = picture?.NaturalHeight is > 0 and var b ? b : boxHeight;
            double scale = Math.Min(ctx.Width / nw, boxHeight / nh);
            (width, height) = (nw * scale, nh * scale);
        }
        else
        {
            (width, height) = PictureBox.Size(f.Picture, picture, ctx.Width, ctx.Width, style.TextHeight * MaxHeightShare, ctx.Size);
            boxHeight = height;
        }
        // {.bleed}: the picture runs the page's width and 3 mm past both edges, cropped top and bottom
        // (never distorted) to the height a figure may take; the caption stays on the measure.
        bool bleed = f.Bleed && !fullPage && ctx.Place == BlockPlace.Body && ctx.Depth == 0 && picture is not null;
        if (f.Bleed && !bleed)
            layout.Diagnostics.Warning(f.Picture.Span, fullPage
                ? "a full-page figure does not run into the bleed; the picture is scaled to the text block"
                : "only a figure in the text, not in a list, quotation or box, runs into the bleed; this one keeps to the measure");
        double bleedWidth = style.Page.Width + 2 * PictureBox.Bleed;
        double drawnHeight = height;
        if (bleed)
        {
            drawnHeight = bleedWidth * (picture!.NaturalHeight > 0 && picture.NaturalWidth > 0 ? picture.NaturalHeight / picture.NaturalWidth : height / width);
            height = Math.Min(drawnHeight, style.TextHeight * MaxHeightShare);
            boxHeight = height;
            width = bleedWidth;
        }

        if (PictureBox.EffectivePpi(picture, width, height) is { } ppi && ppi < MinPrintPpi)
            layout.Diagnostics.Warning(f.Picture.Span,
                $"'{f.Picture.Path}' prints at {ppi.ToString("0", CultureInfo.InvariantCulture)} ppi at this size ({picture!.PixelWidth}×{picture.PixelHeight} pixels, "
                + $"{Mm(width)}×{Mm(height)} mm); {MinPrintPpi:0} ppi or more prints sharp: use a larger file or a smaller width");

        var group = new FloatGroup { MovesWhole = true };
        int from = items.Count;
        if (!fullPage) BlockLayout.Space(items, ctx.Leading * 0.6);
        // A full-page picture and its caption stand together in the middle of the page: the room the
        // picture leaves is shared above and below (boxes, not spaces, which a page's top would drop).
        double pad = (boxHeight - height) / 2;
        if (pad > 0) items.Add(new DrawItem { Height = pad, BreakAfter = false });
        var box = new DrawItem { Height = height, BreakAfter = false, PageX = bleed };
        if (bleed)
        {
            // Page coordinates across; the crop keeps the picture's middle band.
            if (PictureBox.Items(picture, 0, -(drawnHeight - height) / 2, width, drawnHeight, style.Fonts) is { } wide)
                box.Items.Add(new GroupItem(Transform.Translate(-PictureBox.Bleed, 0), [wide], new ClipRect(0, 0, width, height)));
        }
        else if (PictureBox.Items(picture, ctx.Left + (ctx.Width - width) / 2, 0, width, height, style.Fonts) is { } drawn)
            box.Items.Add(drawn);
        items.Add(box);
        if (caption is not null)
        {
            items.Add(new SpaceItem { Height = gap, BreakAfter = false });
            // A one-line caption is centred under the picture; a longer one is set flush left on the measure.
            if (caption.Count == 1) Centre(caption[0], ctx.Width);
            foreach (var l in caption) l.BreakAfter = false;
            items.AddRange(captionLines);
            BlockLayout.Tag(caption, layout.Parent, "Caption");
        }
        if (pad > 0) items.Add(new DrawItem { Height = pad, BreakAfter = false });
        if (!fullPage) BlockLayout.Space(items, ctx.Leading * 0.6);
        for (int k = from; k < items.Count; k++) { items[k].Float = group; }
        for (int k = from; k < items.Count - 1; k++) items[k].BreakAfter = false;
    }

    static void Centre(LineItem line, double measure)
    {
        double slack = measure - line.Line.Width;
        if (slack > 0) line.Line.Shift(slack / 2);
    }

    static string Mm(double points) => (points * 25.4 / 72).ToString("0", CultureInfo.InvariantCulture);
}
