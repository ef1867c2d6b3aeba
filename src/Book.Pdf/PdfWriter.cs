using Book.Pages;
using Book.Pdf.Export;
using Book.Pdf.Syntax;

namespace Book.Pdf;

/// <summary>
/// Writes a <see cref="PageTree"/> as a PDF 1.7 file: pages with subset-embedded fonts,
/// links, named destinations, outline, page labels and metadata. A tree with a
/// <see cref="PageTree.Structure"/> becomes a tagged PDF (marked content, structure tree,
/// /MarkInfo); <see cref="PdfWriteOptions.Archival"/> adds what PDF/A-2b asks for. Output
/// depends only on the tree and options, never on the clock or machine culture.
/// </summary>
public static class PdfWriter
{
    public static void Write(PageTree tree, Stream output, PdfWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(output);
        options ??= PdfWriteOptions.Default;
        var warn = options.Warning;

        var skeleton = new DocumentSkeleton(output, tree.Info, options.Producer);
        var writer = skeleton.Writer;
        var pagesRef = skeleton.PagesRef;
        var pageRefs = tree.Pages.Select(_ => writer.Allocate()).ToList();

        // Three independent walks over the pages, side by side (destinations may warn: on this thread).
        var fonts = new FontRegistry(writer);
        var screen = options.ScreenPpi is null && !options.Archival ? null : new ScreenImages(options.ScreenPpi, options.Resampler, options.Archival);
        var images = new ImageRegistry(writer, options.Compress, screen, warn);
        var naming = Task.Run(() =>
        {
            fonts.NameFonts(tree.Pages);
            images.NameImages(tree.Pages);
        });
        var collecting = Task.Run(() => tree.Structure is { } root ? new StructureCollector(root, tree.Pages.Select(p => p.Height).ToArray()) : null);
        var destinations = NamedDestinations.Collect(tree, pageRefs, warn);
        naming.GetAwaiter().GetResult();
        var structure = collecting.GetAwaiter().GetResult();

        // The glyphs each font needs (and the text each stands for) follow from the pages alone:
        // recorded in page order, as writing pages one by one would, and the subsets made from
        // them, while the pages are painted and written.
        var preparing = Task.Run(() =>
        {
            foreach (var page in tree.Pages)
                PageWalk.Runs(page.Items, run => fonts.Named(run.Font).Record(run));
            var prepared = new FontEmbedder.Prepared[fonts.Fonts.Count];
            Parallel.For(0, prepared.Length, i => prepared[i] = FontEmbedder.Prepare(fonts.Fonts[i], options.Compress));
            return prepared;
        });

        // Content streams are painted and compressed on worker threads, running a few dozen pages
        // ahead of this thread, which writes objects one by one in page order: what painting learnt
        // (glyphs used, marked-content ids, link warnings) is handed over in that order too, and
        // the writing overlaps the painting. Painting is a pure function of the page: the file is
        // the same for any thread count.
        int workers = Math.Max(1, Environment.ProcessorCount);
        using (var painting = new PaintAhead<Painted>(tree.Pages.Count, window: workers * 16, workers, k =>
        {
            var page = tree.Pages[k];
            var marks = structure is null ? null : PageMarks.Deferred(structure);
            var painted = PagePainter.PaintAhead(page, fonts, images, marks, options.Compress);
            foreach (var image in painted.Images) image.Prepare(); // compress samples here, not on the writing thread
            var warnings = new List<string>();
            var annotations = LinkAnnotations.Build(page, k + 1, destinations, options.Warning is null ? null : warnings.Add);
            return new Painted(painted, marks, annotations, warnings);
        }))
        {
            for (int k = 0; k < tree.Pages.Count; k++)
                WritePage(writer, tree.Pages[k], k, pageRefs, pagesRef, fonts, images, structure, options, painting.Take(k));
        }

        // Fonts after the pages, as their objects were numbered when first used.
        var preparedFonts = preparing.GetAwaiter().GetResult();
        for (int i = 0; i < preparedFonts.Length; i++)
            FontEmbedder.Write(writer, fonts.Fonts[i], preparedFonts[i]);

        skeleton.WritePages(pageRefs);
        skeleton.PageLabels = PageLabels.Build(tree.Pages);
        if (destinations.BuildTree() is { } destTree) skeleton.Destinations = writer.Add(destTree);
        skeleton.Outlines = OutlineWriter.Write(writer, tree.Outline, destinations, warn);
        if (structure is not null) skeleton.StructTreeRoot = structure.Write(writer, pageRefs);
        if (options.Archival)
        {
            // PDF/A: XMP must stay readable without filters, so it is never compressed.
            var xmp = new PdfStream(XmpMetadata.Build(tree.Info, options.Producer));
            xmp["Type"] = PdfName.Key("Metadata");
            xmp["Subtype"] = PdfName.Key("XML");
            skeleton.Metadata = writer.Add(xmp);
            skeleton.OutputIntents = OutputIntent.Write(writer, options.Compress);
        }
        skeleton.Finish();
    }

    private static void WritePage(ObjectWriter writer, Page page, int pageIndex, IReadOnlyList<PdfReference> pageRefs,
        PdfReference pagesRef, FontRegistry fonts, ImageRegistry images, StructureCollector? structure, PdfWriteOptions options, Painted painted)
    {
        var pageRef = pageRefs[pageIndex];
        // In page order, as painting one page after another did: a font's object number on its
        // first page, the page's marked-content ids, an image's objects on its first page. (Glyphs
        // were recorded ahead, also in page order.)
        PageWalk.Runs(page.Items, run => fonts.Get(run.Font));
        painted.Marks?.Commit(pageIndex);
        foreach (var image in painted.Content.Images) images.Bind(image);
        var contentRef = writer.Add(painted.Content.Content);

        var resources = new ResourcesDict();
        foreach (var usage in painted.Content.Fonts) resources.Font(usage.ResourceName, usage.Reference);
        foreach (var usage in painted.Content.Images) resources.XObject(usage.ResourceName, usage.Reference);
        painted.Content.AddShapeResources(resources);

        var dict = new PageDict().Parent(pagesRef).MediaBox(0, 0, page.Width, page.Height)
            .Resources(resources).Contents(contentRef);
        // Tabs: S tabs through links in structure order.
        if (structure is not null) dict.StructParents(pageIndex).Tabs("S");

        foreach (var w in painted.Warnings) options.Warning?.Invoke(w);
        var annotations = painted.Annotations;
        if (annotations.Count > 0)
        {
            var annots = new PdfArray();
            foreach (var (link, annotation) in annotations)
            {
                annotation.Page(pageRef);
                var annotationRef = writer.Allocate();
                if (structure?.Resolve(link.Tag) is { } parent)
                    annotation.StructParent(structure.AddAnnotation(pageIndex, parent, annotationRef));
                writer.Write(annotationRef, annotation);
                annots.Add(annotationRef);
            }
            dict.Annots(annots);
        }
        writer.Write(pageRef, dict);
    }

    /// <summary>A page made ready on a painting thread: compressed content with the fonts and images it uses, marks, link annotations, warnings.</summary>
    private sealed record Painted(PaintedContent Content, PageMarks? Marks,
        List<(LinkArea Link, LinkAnnotationDict Annotation)> Annotations, List<string> Warnings);
}
