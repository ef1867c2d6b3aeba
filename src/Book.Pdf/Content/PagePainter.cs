using Book.Layout.Pages;

namespace Book.Pdf;

/// <summary>
/// Paints one page's items into a content stream: converts the page tree's top-down Y to
/// PDF's bottom-up Y and emits state operators (gray, line width, font) only on change.
/// </summary>
internal sealed class PagePainter
{
    private readonly FontRegistry _fonts;
    private readonly ContentStreamBuilder _content = new();
    private readonly List<FontUsage> _usedFonts = new();
    private readonly double _height;
    // PDF's initial graphics state for every page.
    private double _fillGray, _strokeGray, _lineWidth = 1;
    private FontUsage? _font;
    private double _fontSize = -1;
    private bool _inText;
    // Scratch for one run's glyph ids and adjustments, reused across the page's runs.
    private ushort[] _glyphIds = new ushort[128];
    private double[] _adjust = new double[128];

    private PagePainter(FontRegistry fonts, double height)
    {
        _fonts = fonts;
        _height = height;
    }

    /// <returns>The content stream bytes and the fonts it uses (in order of first use).</returns>
    public static (byte[] Content, IReadOnlyList<FontUsage> Fonts) Paint(Page page, FontRegistry fonts)
    {
        var painter = new PagePainter(fonts, page.Height);
        foreach (var item in page.Items) painter.Paint(item);
        painter.EndText();
        return (painter._content.ToArray(), painter._usedFonts);
    }

    private void Paint(PageItem item)
    {
        switch (item)
        {
            case GlyphRun run: Text(run); break;
            case Rule rule: Line(rule); break;
            case FilledRect rect: Rectangle(rect); break;
            // Links and anchors are annotations and destinations, not marks on the page.
        }
    }

    private void Text(GlyphRun run)
    {
        if (run.Glyphs.Length == 0) return;
        // Only reads the font's name and widths: pages are painted in parallel. The writer records
        // glyph usage afterwards, in page order (see PdfWriter.WritePage).
        var usage = _fonts.Get(run.Font);
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
