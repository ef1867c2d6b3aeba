using Book.Pages;
using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// Paints one page's items into a content stream: converts the page tree's top-down Y to
/// PDF's bottom-up Y and emits state operators (gray, line width, font) only on change.
/// Groups become q / cm / optional clip / Q, images a Do of an image XObject.
/// With a <see cref="PageMarks"/> every mark is wrapped in marked content: tagged items in
/// BDC/EMC with a fresh MCID, untagged ones (running heads, folios, rules) as /Artifact.
/// </summary>
internal sealed class PagePainter
{
    private readonly FontRegistry _fonts;
    private readonly ImageRegistry _images;
    private readonly ContentStreamBuilder _content;
    // One builder per thread, cleared for each page: a page's 20 kB of operators are compressed
    // straight from it, so only the compressed bytes are allocated per page.
    [ThreadStatic] private static ContentStreamBuilder? _threadBuilder;
    private readonly List<FontUsage> _usedFonts = new();
    private readonly List<ImageUsage> _usedImages = new();
    private readonly double _height;
    // PDF's initial graphics state for every page.
    private double _fillGray, _strokeGray, _lineWidth = 1;
    // A coloured text run's fill (null while the fill is a gray).
    private RgbColor? _fillColor;
    // The groups' transforms around the item being painted (page terms, Y down); null outside any group.
    private Transform? _groups;
    // Opacity states and gradient patterns the page's vector shapes use; made on the first shape.
    private ShapeResources? _shapes;
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

    private PagePainter(FontRegistry fonts, ImageRegistry images, double height, PageMarks? marks, bool ahead)
    {
        _fonts = fonts;
        _images = images;
        _height = height;
        _marks = marks;
        _ahead = ahead;
        _content = _threadBuilder ??= new ContentStreamBuilder();
        _content.Clear();
    }

    /// <returns>The content stream (compressed when asked) and the fonts and images it uses (in order of first use).</returns>
    public static PaintedContent Paint(Page page, FontRegistry fonts, ImageRegistry images, bool compress, PageMarks? marks = null) =>
        Paint(page, new PagePainter(fonts, images, page.Height, marks, ahead: false), compress);

    /// <summary>
    /// Paints on any thread: the fonts and images must have been named (<see cref="FontRegistry.NameFonts"/>,
    /// <see cref="ImageRegistry.NameImages"/>), and the caller records glyph usage, writes images and
    /// commits deferred marks in page order afterwards.
    /// </summary>
    public static PaintedContent PaintAhead(Page page, FontRegistry fonts, ImageRegistry images, PageMarks? marks, bool compress) =>
        Paint(page, new PagePainter(fonts, images, page.Height, marks, ahead: true), compress);

    private static PaintedContent Paint(Page page, PagePainter painter, bool compress)
    {
        foreach (var item in page.Items) painter.Paint(item, null);
        painter.EndText();
        painter.EndMarked();
        var content = PdfStream.Create(painter._content.Written, compress);
        painter._content.Clear();
        return new PaintedContent(content, painter._usedFonts, painter._usedImages, painter._shapes);
    }

    /// <param name="inherited">The tag of the groups around the item: what an untagged item inside a tagged group belongs to.</param>
    private void Paint(PageItem item, StructElement? inherited)
    {
        switch (item)
        {
            case GlyphRun run when run.Glyphs.Length > 0: Mark(run.Tag ?? inherited); Text(run); break;
            case Rule rule: Mark(rule.Tag ?? inherited); Line(rule); break;
            case FilledRect rect: Mark(rect.Tag ?? inherited); Rectangle(rect); break;
            case ImageItem image when image.Width > 0 && image.Height > 0: Mark(image.Tag ?? inherited); Image(image); break;
            case GroupItem group: Group(group, group.Tag ?? inherited); break;
            case PathItem path when path.Shape.Segments.Count > 0: Mark(path.Tag ?? inherited); Shape(path); break;
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
        if (run.Color is { } color) FillColor(color);
        else FillGray(run.Gray);
        if (!ReferenceEquals(_font, usage) || _fontSize != run.Size)
        {
            _content.SetFont(usage.ResourceName, run.Size);
            _font = usage;
            _fontSize = run.Size;
        }

        int n = run.Glyphs.Length;
        if (_glyphIds.Length < n) { _glyphIds = new ushort[n * 2]; _adjust = new double[n * 2]; }
        for (int i = 0; i < n; i++) _glyphIds[i] = run.Glyphs[i].Glyph;
        // Nested in the run's own marked content, inside the text object: both end before either does.
        // A span in another language is marked with its /Lang inside the paragraph's marks (tagged editions only).
        bool lang = run.Language is { Length: > 0 } l && _marks is not null && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
        if (lang) _content.BeginLanguage(run.Language!);
        if (run.ActualText is { } actual) _content.BeginActualText(actual);
        if (run.Offsets is { } offsets) ShiftedText(run, usage, offsets);
        else
        {
            _content.SetTextMatrix(1, 0, 0, 1, run.X, _height - run.Y);
            TextAdjustments.Compute(run.Glyphs, usage.WidthOf, run.Size, _adjust);
            _content.ShowGlyphs(_glyphIds.AsSpan(0, n), _adjust.AsSpan(0, n));
        }
        if (run.ActualText is not null) _content.EndMarkedContent();
        if (lang) _content.EndMarkedContent();
    }

    /// <summary>
    /// A run whose glyphs are moved off their advances and baseline: X offsets go into the TJ
    /// adjustments, Y offsets become a text rise (Ts) for each stretch of glyphs moved alike. The run
    /// stays one text line, so copying it gives its text as typed.
    /// </summary>
    private void ShiftedText(GlyphRun run, FontUsage usage, GlyphOffset[] offsets)
    {
        int n = run.Glyphs.Length;
        if (offsets.Length != n) throw new ArgumentException($"a run of {n} glyphs has {offsets.Length} offsets", nameof(run));
        _content.SetTextMatrix(1, 0, 0, 1, run.X + offsets[0].X, _height - run.Y);
        TextAdjustments.Compute(run.Glyphs, offsets, usage.WidthOf, run.Size, _adjust);
        double rise = 0;
        for (int start = 0; start < n;)
        {
            int end = start + 1;
            while (end < n && offsets[end].Y == offsets[start].Y) end++;
            if (offsets[start].Y != rise) _content.SetTextRise(rise = offsets[start].Y);
            _content.ShowGlyphs(_glyphIds.AsSpan(start, end - start), _adjust.AsSpan(start, end - start), adjustLast: end < n);
            start = end;
        }
        // The rise is text state and would outlive the run: every other run sits on its baseline.
        if (rise != 0) _content.SetTextRise(0);
    }

    /// <summary>
    /// Items in their own coordinates: the group's transform, given in the page tree's Y-down terms,
    /// is conjugated with the flip to PDF's Y-up (so children are painted exactly as on a page),
    /// then the optional clip, the children, and the state put back as it was.
    /// </summary>
    private void Group(GroupItem group, StructElement? tag)
    {
        // q/Q and marked content must nest, and a text object cannot hold either: close both first.
        EndText();
        EndMarked();
        var saved = (_fillGray, _strokeGray, _lineWidth, _font, _fontSize, _fillColor, _groups);
        var t = group.Transform;
        double h = _height;
        _content.SaveState().ConcatMatrix(t.A, -t.B, -t.C, t.D, t.C * h + t.E, h - t.D * h - t.F);
        _groups = _groups is { } outer ? t.Then(outer) : t;
        if (group.Clip is { } clip)
            _content.Rectangle(clip.X, h - clip.Y - clip.Height, clip.Width, clip.Height).ClipNoPaint();
        foreach (var item in group.Items) Paint(item, tag);
        EndText();
        EndMarked();
        _content.RestoreState();
        // Q restored the graphics state, fonts included: so must what the painter believes it is.
        (_fillGray, _strokeGray, _lineWidth, _font, _fontSize, _fillColor, _groups) = saved;
    }

    /// <summary>The image XObject scaled onto its rectangle (image space is the unit square, first row
    /// on top), turned by its EXIF orientation so it is seen upright while its bytes stay as stored.</summary>
    private void Image(ImageItem item)
    {
        EndText();
        var usage = _ahead ? _images.Named(item.Image) : _images.Get(item.Image);
        if (!_usedImages.Contains(usage)) _usedImages.Add(usage);
        var (a, b, c, d, e, f) = Upright(item.Image.Orientation);
        double w = item.Width, h = item.Height;
        _content.SaveState()
            .ConcatMatrix(a * w, b * h, c * w, d * h, e * w + item.X, f * h + _height - item.Y - item.Height)
            .PaintXObject(usage.ResourceName)
            .RestoreState();
    }

    /// <summary>
    /// The map of the unit square onto itself that shows the stored image upright: EXIF says where
    /// the stored first row and column belong (6: the first row is the right-hand column).
    /// </summary>
    private static (double A, double B, double C, double D, double E, double F) Upright(ImageOrientation orientation) => orientation switch
    {
        ImageOrientation.FlipHorizontal => (-1, 0, 0, 1, 1, 0),
        ImageOrientation.Rotate180 => (-1, 0, 0, -1, 1, 1),
        ImageOrientation.FlipVertical => (1, 0, 0, -1, 0, 1),
        ImageOrientation.Transpose => (0, -1, -1, 0, 1, 1),
        ImageOrientation.Rotate90 => (0, -1, 1, 0, 0, 1),
        ImageOrientation.Transverse => (0, 1, 1, 0, 0, 0),
        ImageOrientation.Rotate270 => (0, 1, -1, 0, 1, 0),
        _ => (1, 0, 0, 1, 0, 0),
    };

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
        if (_fillGray == gray && _fillColor is null) return;
        _content.SetFillGray(gray);
        _fillGray = gray;
        _fillColor = null;
    }

    private void FillColor(RgbColor color)
    {
        if (_fillColor == color) return;
        _content.SetFillRgb(color.R, color.G, color.B);
        _fillColor = color;
        _fillGray = double.NaN;
    }

    /// <summary>
    /// A vector shape, inside q/Q so its colours, opacity, line style and transform end with it: the
    /// transform conjugated with the flip as a group's, the path in Y-up terms, then one painting operator.
    /// </summary>
    private void Shape(PathItem item)
    {
        EndText();
        var shape = item.Shape;
        var t = item.Transform;
        double h = _height;
        _content.SaveState();
        if (t != Transform.Identity) _content.ConcatMatrix(t.A, -t.B, -t.C, t.D, t.C * h + t.E, h - t.D * h - t.F);
        var toPage = _groups is { } outer ? t.Then(outer) : t;
        var fill = shape.Fill;
        var stroke = shape.Stroke;
        if (fill is not null && shape.FillOpacity < 1 || stroke is not null && shape.StrokeOpacity < 1)
            _content.SetGraphicsState((_shapes ??= new()).Opacity(fill is null ? 1 : shape.FillOpacity, stroke is null ? 1 : shape.StrokeOpacity));
        if (fill is not null) SetPaint(fill, toPage, stroke: false);
        if (stroke is not null)
        {
            SetPaint(stroke.Paint, toPage, stroke: true);
            _content.SetLineWidth(stroke.Width);
            if (stroke.Cap != LineCap.Butt) _content.SetLineCap((int)stroke.Cap);
            if (stroke.Join != LineJoin.Miter) _content.SetLineJoin((int)stroke.Join);
            if (stroke.MiterLimit != 10) _content.SetMiterLimit(stroke.MiterLimit);
            if (stroke.Dashes.Count > 0) _content.SetDash(stroke.Dashes, stroke.DashOffset);
        }
        foreach (var s in shape.Segments)
        {
            switch (s.Verb)
            {
                case PathVerb.Move: _content.MoveTo(s.X, h - s.Y); break;
                case PathVerb.Line: _content.LineTo(s.X, h - s.Y); break;
                case PathVerb.Cubic: _content.CurveTo(s.X1, h - s.Y1, s.X2, h - s.Y2, s.X, h - s.Y); break;
                case PathVerb.Close: _content.ClosePath(); break;
            }
        }
        if (fill is not null && stroke is not null) { if (shape.EvenOdd) _content.FillStrokeEvenOdd(); else _content.FillStroke(); }
        else if (fill is not null) { if (shape.EvenOdd) _content.FillEvenOdd(); else _content.Fill(); }
        else if (stroke is not null) _content.Stroke();
        else _content.EndPath();
        _content.RestoreState();
    }

    /// <summary>A flat colour, or a gradient as a pattern whose matrix carries gradient space through the shape's and the groups' transforms onto the page.</summary>
    private void SetPaint(Paint paint, Transform toPage, bool stroke)
    {
        switch (paint)
        {
            case SolidPaint { Color: var c }:
                if (stroke) _content.SetStrokeRgb(c.R, c.G, c.B);
                else _content.SetFillRgb(c.R, c.G, c.B);
                break;
            case GradientPaint g:
                var matrix = g.Transform.Then(toPage).Then(new Transform(1, 0, 0, -1, 0, _height));
                _content.SetPattern((_shapes ??= new()).Pattern(g, matrix), stroke);
                break;
        }
    }

    private void EndText()
    {
        if (!_inText) return;
        _content.EndText();
        _inText = false;
    }
}

/// <summary>A painted page or form: its content stream, the fonts and images it uses (in order of first
/// use) and, when it shows vector shapes, their opacity states and gradient patterns.</summary>
internal sealed record PaintedContent(PdfStream Content, IReadOnlyList<FontUsage> Fonts, IReadOnlyList<ImageUsage> Images, ShapeResources? Shapes = null)
{
    /// <summary>Adds the shapes' states and patterns to a page's or form's resources.</summary>
    public void AddShapeResources(ResourcesDict resources)
    {
        if (Shapes is null) return;
        foreach (var (name, dict) in Shapes.States) resources.ExtGState(name, dict);
        foreach (var (name, dict) in Shapes.Patterns) resources.Pattern(name, dict);
    }
}
