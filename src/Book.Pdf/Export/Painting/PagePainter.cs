using Book.Pages;
using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// Paints one page's items into a content stream: converts the page tree's top-down Y to
/// PDF's bottom-up Y and emits state operators (gray, line width, font) only on change.
/// With a <see cref="PageMarks"/> every mark is wrapped in marked content: tagged items in
/// BDC/EMC with a fresh MCID, untagged ones (running heads, folios, rules) as /Artifact.
/// </summary>
internal sealed class PagePainter
{
    private readonly FontRegistry _fonts;
    private readonly ContentStreamBuilder _content;
    // One builder per thread, cleared for each page: a page's 20 kB of operators are compressed
    // straight from it, so only the compressed bytes are allocated per page.
    [ThreadStatic] private static ContentStreamBuilder? _threadBuilder;
    private readonly List<FontUsage> _usedFonts = new();
    private readonly double _height;
    // PDF's initial graphics state for every page.
    private double _fillGray, _strokeGray, _lineWidth = 1;
    private FontUsage? _font;
    private double _fontSize = -1;
    private bool _inText;
    private readonly PageMarks? _marks;
    private bool _inMarked;
    private StructElement? _marked;
    // Painting ahead on a worker thread: fonts are only looked up and glyphs not recorded; the
    // writer records them when it writes the page, in page order.
    private readonly bool _ahead;
    // Scratch for one run's glyph ids and adjustments, reused across the page's runs.
    private ushort[] _glyphIds = new ushort[128];
    private double[] _adjust = new double[128];

    private PagePainter(FontRegistry fonts, double height, PageMarks? marks, bool ahead)
    {
        _fonts = fonts;
        _height = height;
        _marks = marks;
        _ahead = ahead;
        _content = _threadBuilder ??= new ContentStreamBuilder();
        _content.Clear();
    }

    /// <returns>The content stream (compressed when asked) and the fonts it uses (in order of first use).</returns>
    public static (PdfStream Content, IReadOnlyList<FontUsage> Fonts) Paint(Page page, FontRegistry fonts, bool compress, PageMarks? marks = null) =>
        Paint(page, new PagePainter(fonts, page.Height, marks, ahead: false), compress);

    /// <summary>
    /// Paints on any thread: the fonts must have been named (<see cref="FontRegistry.NameFonts"/>),
    /// and the caller records glyph usage and commits deferred marks in page order afterwards.
    /// </summary>
    public static (PdfStream Content, IReadOnlyList<FontUsage> Fonts) PaintAhead(Page page, FontRegistry fonts, PageMarks? marks, bool compress) =>
        Paint(page, new PagePainter(fonts, page.Height, marks, ahead: true), compress);

    private static (PdfStream Content, IReadOnlyList<FontUsage> Fonts) Paint(Page page, PagePainter painter, bool compress)
    {
        foreach (var item in page.Items) painter.Paint(item);
        painter.EndText();
        painter.EndMarked();
        var content = PdfStream.Create(painter._content.Written, compress);
        painter._content.Clear();
        return (content, painter._usedFonts);
    }

    private void Paint(PageItem item)
    {
        switch (item)
        {
            case GlyphRun run when run.Glyphs.Length > 0: Mark(run.Tag); Text(run); break;
            case Rule rule: Mark(rule.Tag); Line(rule); break;
            case FilledRect rect: Mark(rect.Tag); Rectangle(rect); break;
            // Links and anchors are annotations and destinations, not marks on the page.
        }
    }

    /// <summary>Opens the marked-content sequence for <paramref name="tag"/> unless it is already open.</summary>
    private void Mark(StructElement? tag)
    {
        if (_marks is null) return;
        tag = _marks.Resolve(tag);
        if (_inMarked && ReferenceEquals(_marked, tag)) return;
        // Sequences never straddle a text object: close BT before EMC, reopen inside BDC.
        EndText();
        EndMarked();
        if (tag is null) _content.BeginArtifact();
        else _content.BeginMarkedContent(tag.Role, _marks.Next(tag));
        _inMarked = true;
        _marked = tag;
    }

    private void EndMarked()
    {
        if (!_inMarked) return;
        _content.EndMarkedContent();
        _inMarked = false;
        _marked = null;
    }

    private void Text(GlyphRun run)
    {
        FontUsage usage;
        if (_ahead) usage = _fonts.Named(run.Font);
        else
        {
            usage = _fonts.Get(run.Font);
            usage.Record(run);
        }
        if (!_usedFonts.Contains(usage)) _usedFonts.Add(usage);

        if (!_inText) { _content.BeginText(); _inText = true; }
        FillGray(run.Gray);
        if (!ReferenceEquals(_font, usage) || _fontSize != run.Size)
        {
            _content.SetFont(usage.ResourceName, run.Size);
            _font = usage;
            _fontSize = run.Size;
        }
        _content.SetTextMatrix(1, 0, 0, 1, run.X, _height - run.Y);

        int n = run.Glyphs.Length;
        if (_glyphIds.Length < n) { _glyphIds = new ushort[n * 2]; _adjust = new double[n * 2]; }
        for (int i = 0; i < n; i++) _glyphIds[i] = run.Glyphs[i].Glyph;
        TextAdjustments.Compute(run.Glyphs, usage.WidthOf, run.Size, _adjust);
        _content.ShowGlyphs(_glyphIds.AsSpan(0, n), _adjust.AsSpan(0, n));
    }

    private void Line(Rule rule)
    {
        EndText();
        if (_strokeGray != rule.Gray) { _content.SetStrokeGray(rule.Gray); _strokeGray = rule.Gray; }
        if (_lineWidth != rule.Thickness) { _content.SetLineWidth(rule.Thickness); _lineWidth = rule.Thickness; }
        _content.MoveTo(rule.X1, _height - rule.Y1).LineTo(rule.X2, _height - rule.Y2).Stroke();
    }

    private void Rectangle(FilledRect rect)
    {
        EndText();
        FillGray(rect.Gray);
        _content.Rectangle(rect.X, _height - rect.Y - rect.Height, rect.Width, rect.Height).Fill();
    }

    private void FillGray(double gray)
    {
        if (_fillGray == gray) return;
        _content.SetFillGray(gray);
        _fillGray = gray;
    }

    private void EndText()
    {
        if (!_inText) return;
        _content.EndText();
        _inText = false;
    }
}
