using System.Globalization;
using Book.Model;
using Book.Pages;

namespace Book.Build.Preflight;

/// <summary>
/// Every picture as printed: its resolution at the largest size it is placed (its pixels over the
/// inches it covers on the page), and the alt text the e-book and the tagged PDF read out. Figures'
/// resolution the layout judges as it places them (its warning is a finding too); this covers the
/// pictures in a line of text and the covers'.
/// </summary>
static class PictureChecks
{
    public static void Check(BuildResult result, DiagnosticBag diags)
    {
        var refs = new Finder();
        refs.Walk(result.Book!);
        foreach (var (span, what) in refs.WithoutAlt)
            diags.Warning(span, $"{what} has no alt text; describe the picture in the brackets of ![\u2026](\u2026) for readers who cannot see it");

        // Where each picture is named, by the key its pixels are placed under.
        var named = new Dictionary<string, (string Path, SourceSpan? Span, ImageData Original)>(StringComparer.Ordinal);
        void Name(string path, SourceSpan? span, Picture? picture)
        {
            if (picture?.Raster is { } raster) named.TryAdd(raster.Key, (path, span, raster));
        }
        foreach (var (path, span) in refs.InText) Name(path, span, result.Pictures?.Find(path)?.Content);
        if (result.Book!.Meta.Cover is { } cover && result.Covers is { } art)
        {
            if (cover.FrontImage is { } f) Name(f.Path, f.Span, art.Front?.Content);
            if (cover.BackImage is { } b) Name(b.Path, b.Span, art.Back?.Content);
        }
        if (named.Count == 0 || result.Pages is null) return;

        var lowest = new Dictionary<string, (double Ppi, double WidthIn, double HeightIn)>(StringComparer.Ordinal);
        foreach (var page in result.Pages.Pages) Visit(page.Items, Transform.Identity);
        foreach (var (key, low) in lowest)
        {
            if (low.Ppi >= PrintPreflight.MinimumPpi) continue;
            var (path, span, _) = named[key];
            var inv = CultureInfo.InvariantCulture;
            diags.Warning(span, string.Create(inv,
                $"'{path}' prints at {low.Ppi:0} ppi at its size in the book ({low.WidthIn:0.0} \u00D7 {low.HeightIn:0.0} in); print needs at least {PrintPreflight.MinimumPpi:0} ppi (300 is best): supply a larger file, or print it smaller"));
        }

        void Visit(IEnumerable<PageItem> items, Transform t)
        {
            foreach (var item in items)
                switch (item)
                {
                    case GroupItem g: Visit(g.Items, g.Transform.Then(t)); break;
                    case ImageItem img when named.TryGetValue(img.Image.Key, out var n):
                        double scaleX = Math.Sqrt(t.A * t.A + t.B * t.B), scaleY = Math.Sqrt(t.C * t.C + t.D * t.D);
                        double wIn = img.Width * scaleX / 72, hIn = img.Height * scaleY / 72;
                        if (wIn <= 0 || hIn <= 0) break;
                        var o = n.Original;
                        double across = o.Transposed ? o.PixelHeight : o.PixelWidth, down = o.Transposed ? o.PixelWidth : o.PixelHeight;
                        double ppi = Math.Min(across / wIn, down / hIn);
                        if (!lowest.TryGetValue(img.Image.Key, out var was) || ppi < was.Ppi) lowest[img.Image.Key] = (ppi, wIn, hIn);
                        break;
                }
        }
    }

    sealed class Finder : ModelWalker
    {
        public List<(string Path, SourceSpan? Span)> InText { get; } = new();
        public List<(SourceSpan? Span, string What)> WithoutAlt { get; } = new();

        public override void VisitFigure(Figure f)
        {
            if (string.IsNullOrWhiteSpace(f.AltText) && f.Caption.Count == 0) WithoutAlt.Add((f.Picture.Span, f.Label ?? "a figure"));
            base.VisitFigure(f);
        }

        public override void VisitInline(Inline i)
        {
            if (i is Image img)
            {
                InText.Add((img.Picture.Path, img.Picture.Span));
                if (string.IsNullOrWhiteSpace(img.AltText)) WithoutAlt.Add((img.Picture.Span, $"the picture '{img.Picture.Path}'"));
            }
            else base.VisitInline(i);
        }
    }
}
