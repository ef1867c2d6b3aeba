using Book.Core.Sources;
using Book.Model;

namespace Book.Build.Preflight;

/// <summary>
/// Whether a built book is ready for a printer, as print shops' preflight tools ask: no text left
/// from templates, named editors (or a deliberate <c>editors: none</c>) and a date, a cover, pictures
/// sharp enough at their printed size and with alt text, every font embedded, whole sheets for a
/// saddle-stitched booklet. Each finding is a warning at its place saying what to do; the build's
/// own warnings (overfull lines, a note cut at a page foot, a missing glyph) count as findings too.
/// </summary>
public static class PrintPreflight
{
    /// <summary>Below this a photograph prints soft; 300 ppi is the usual aim, 200 the floor print shops accept.</summary>
    public const double MinimumPpi = Book.Layout.Blocks.FigureLayouter.MinPrintPpi;

    /// <summary>Adds the findings to the result's diagnostics and returns how many there are, the build's warnings included.</summary>
    /// <param name="texts">every text file the build read: (project-relative display name, text)</param>
    public static int Check(BuildResult result, IReadOnlyList<(string File, string Text)> texts, string manifestFile)
    {
        var diags = result.Diagnostics;
        int before = diags.Items.Count;
        var book = result.Book!;
        var manifest = texts.FirstOrDefault(t => t.File == manifestFile).Text ?? "";
        var choices = PreflightChoices.Read(manifest, manifestFile);
        foreach (var (file, text) in texts) PlaceholderScan.Check(file, text, diags);
        MetadataChecks.Check(book, choices, manifestFile, diags);
        PictureChecks.Check(result, diags);
        if (result.Outputs.FirstOrDefault(o => o.Name == "pdf") is { } pdf)
            EmbeddedFonts.Check(pdf.ToArray(), pdf.Path, manifestFile, diags);
        if (result.Pages is { } pages && result.Settings is { } settings && settings.Outputs.Any(o => o.Name == "print"))
            SheetCount.Check(pages.Pages.Count, choices, manifestFile, diags);
        // The build's own warnings were there before; each is a finding as much as ours.
        return diags.Items.Count(d => d.Severity == Severity.Warning);
    }
}
