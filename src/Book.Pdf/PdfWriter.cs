using Book.Layout.Pages;

namespace Book.Pdf;

/// <summary>
/// Writes a <see cref="PageTree"/> as a PDF 1.7 file: pages with subset-embedded fonts,
/// links, named destinations, outline, page labels and metadata. Output depends only on
/// the tree and options, never on the clock or machine culture: same tree, same bytes.
/// </summary>
public static class PdfWriter
{
    public static void Write(PageTree tree, Stream output, PdfWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(output);
        options ??= PdfWriteOptions.Default;
        var warn = options.Warning;

        var writer = new ObjectWriter(output);
        writer.WriteHeader();

        // Fixed numbering: catalog, page tree root, then one object per page.
        var catalogRef = writer.Allocate();
        var pagesRef = writer.Allocate();
        var pageRefs = tree.Pages.Select(_ => writer.Allocate()).ToList();

        var destinations = NamedDestinations.Collect(tree, pageRefs, warn);
        var fonts = new FontRegistry(writer);
        fonts.NameFonts(tree.Pages);

        // Content streams are painted and compressed in parallel, a batch of pages at a time (so
        // only a batch is held in memory); objects are then written one by one in page order.
        // Painting is a pure function of the page, so the file is the same for any thread count.
        int batch = Math.Max(1, Environment.ProcessorCount) * 8;
        var painted = new Painted[Math.Min(batch, tree.Pages.Count)];
        for (int start = 0; start < tree.Pages.Count; start += batch)
        {
            int count = Math.Min(batch, tree.Pages.Count - start);
            Parallel.For(0, count, k =>
            {
                var page = tree.Pages[start + k];
                var (content, usedFonts) = PagePainter.Paint(page, fonts);
                // Link warnings are kept and given in page order when the page is written.
                var warnings = new List<string>();
                var annotations = LinkAnnotations.Build(page, start + k + 1, destinations, options.Warning is null ? null : warnings.Add);
                painted[k] = new Painted(PdfStream.Create(content, options.Compress), usedFonts, annotations, warnings);
            });
            for (int k = 0; k < count; k++)
            {
                int i = start + k;
                WritePage(writer, tree.Pages[i], i + 1, pageRefs[i], pagesRef, fonts, destinations, options, painted[k]);
                painted[k] = null!;
            }
        }

        // Fonts last: only now is every used glyph known.
        foreach (var usage in fonts.Fonts)
            FontEmbedder.Write(writer, usage, options.Compress);

        var pages = new PdfDictionary("Pages");
        pages["Kids"] = new PdfArray(pageRefs);
        pages["Count"] = pageRefs.Count;
        writer.Write(pagesRef, pages);

        var catalog = new PdfDictionary("Catalog");
        catalog["Pages"] = pagesRef;
        if (PageLabels.Build(tree.Pages) is { } labels) catalog["PageLabels"] = labels;
        if (destinations.BuildTree() is { } destTree)
        {
            var names = new PdfDictionary();
            names["Dests"] = writer.Add(destTree);
            catalog["Names"] = names;
        }
        if (OutlineWriter.Write(writer, tree.Outline, destinations, warn) is { } outlines)
        {
            catalog["Outlines"] = outlines;
            catalog["PageMode"] = new PdfName("UseOutlines");
        }
        var preferences = new PdfDictionary();
        preferences["DisplayDocTitle"] = true;
        catalog["ViewerPreferences"] = preferences;
        catalog.SetText("Lang", tree.Info.Language);
        writer.Write(catalogRef, catalog);

        var infoRef = writer.Add(BuildInfo(tree.Info, options));
        writer.Finish(catalogRef, infoRef);
    }

    private static void WritePage(ObjectWriter writer, Page page, int pageNumber, PdfReference pageRef,
        PdfReference pagesRef, FontRegistry fonts, NamedDestinations destinations, PdfWriteOptions options, Painted painted)
    {
        // Glyphs and their text are recorded in page order (the first text seen for a glyph is its
        // /ToUnicode entry), and a font takes its object number when its first page is written.
        foreach (var item in page.Items)
            if (item is GlyphRun { Glyphs.Length: > 0 } run) fonts.Use(run.Font).Record(run);
        var usedFonts = painted.Fonts;
        var contentRef = writer.Add(painted.Content);

        var resources = new PdfDictionary();
        if (usedFonts.Count > 0)
        {
            var fontDict = new PdfDictionary();
            foreach (var usage in usedFonts) fontDict[usage.ResourceName] = usage.Reference;
            resources["Font"] = fontDict;
        }

        var dict = new PdfDictionary("Page");
        dict["Parent"] = pagesRef;
        dict["MediaBox"] = PdfArray.Numbers(0, 0, page.Width, page.Height);
        dict["Resources"] = resources;
        dict["Contents"] = contentRef;

        foreach (var w in painted.Warnings) options.Warning?.Invoke(w);
        var annotations = painted.Annotations;
        if (annotations.Count > 0)
        {
            var annots = new PdfArray();
            foreach (var annotation in annotations)
            {
                annotation["P"] = pageRef;
                annots.Add(writer.Add(annotation));
            }
            dict["Annots"] = annots;
        }
        writer.Write(pageRef, dict);
    }

    /// <summary>A page made ready on a painting thread: its compressed content, fonts in order of use, link annotations.</summary>
    private sealed record Painted(PdfStream Content, IReadOnlyList<FontUsage> Fonts, List<PdfDictionary> Annotations, List<string> Warnings);

    private static PdfDictionary BuildInfo(DocumentInfo info, PdfWriteOptions options)
    {
        var dict = new PdfDictionary();
        dict.SetText("Title", info.Title);
        dict.SetText("Author", info.Author);
        dict.SetText("Subject", info.Subject);
        dict.SetText("Keywords", info.Keywords);
        dict.SetText("Creator", info.Creator);
        dict.SetText("Producer", options.Producer);
        if (info.Date is { } date)
        {
            dict["CreationDate"] = PdfDate.ToPdfString(date);
            dict["ModDate"] = PdfDate.ToPdfString(date);
        }
        return dict;
    }
}
