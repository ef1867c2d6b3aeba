using Book.Pages;
using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// What every file this project writes has around its pages: the header, the catalog and the
/// page tree root (objects 1 and 2), the document information dictionary, the viewer
/// preferences, /Lang, and the trailer with its content-hash /ID. The reading edition and both
/// print editions fill in their pages and what else their catalog holds; the skeleton writes the
/// catalog with its keys in one fixed order, so each edition's bytes stay as they were.
/// </summary>
internal sealed class DocumentSkeleton
{
    private readonly DocumentInfo _info;
    private readonly string _producer;
    private readonly PdfReference _catalogRef;
    private bool _pagesWritten;

    public DocumentSkeleton(Stream output, DocumentInfo info, string producer)
    {
        _info = info;
        _producer = producer;
        Writer = new ObjectWriter(output);
        Writer.WriteHeader();
        // Fixed numbering: catalog, page tree root, then whatever the edition writes.
        _catalogRef = Writer.Allocate();
        PagesRef = Writer.Allocate();
    }

    public ObjectWriter Writer { get; }
    /// <summary>The page tree root: every page's /Parent.</summary>
    public PdfReference PagesRef { get; }

    /// <summary>Display the title; the print editions add duplex and no-scaling defaults.</summary>
    public ViewerPreferencesDict Preferences { get; } = new ViewerPreferencesDict().DisplayDocTitle(true);
    public PdfDictionary? PageLabels { get; set; }
    public PdfReference? Destinations { get; set; }
    public PdfReference? Outlines { get; set; }
    public PdfReference? StructTreeRoot { get; set; }
    public PdfReference? Metadata { get; set; }
    public PdfArray? OutputIntents { get; set; }

    /// <summary>Writes the page tree root over the pages, in order (one flat level: viewers cope with thousands).</summary>
    public void WritePages(IReadOnlyList<PdfReference> pages)
    {
        if (_pagesWritten) throw new InvalidOperationException("The page tree is already written.");
        _pagesWritten = true;
        var root = new PdfDictionary("Pages");
        root["Kids"] = new PdfArray(pages);
        root["Count"] = pages.Count;
        Writer.Write(PagesRef, root);
    }

    /// <summary>Writes the catalog, the information dictionary and the trailer; nothing can be added after.</summary>
    public void Finish()
    {
        if (!_pagesWritten) throw new InvalidOperationException("Write the page tree first.");
        var catalog = new CatalogDict().Pages(PagesRef);
        if (PageLabels is { } labels) catalog.PageLabels(labels);
        if (Destinations is { } dests) catalog.Destinations(dests);
        if (Outlines is { } outlines) catalog.Outlines(outlines).PageMode("UseOutlines");
        catalog.ViewerPreferences(Preferences).Lang(_info.Language);
        if (StructTreeRoot is { } structure) catalog.StructTreeRoot(structure).Marked();
        if (Metadata is { } metadata) catalog.Metadata(metadata);
        if (OutputIntents is { } intents) catalog.OutputIntents(intents);
        Writer.Write(_catalogRef, catalog);
        Writer.Finish(_catalogRef, Writer.Add(BuildInfo(_info, _producer)));
    }

    /// <summary>The document information dictionary; dates come from the sources, never the clock.</summary>
    internal static PdfDictionary BuildInfo(DocumentInfo info, string producer)
    {
        var dict = new PdfDictionary();
        dict.SetText("Title", info.Title);
        dict.SetText("Author", info.Author);
        dict.SetText("Subject", info.Subject);
        dict.SetText("Keywords", info.Keywords);
        dict.SetText("Creator", info.Creator);
        dict.SetText("Producer", producer);
        if (info.Date is { } date)
        {
            dict["CreationDate"] = PdfDate.ToPdfString(date);
            dict["ModDate"] = PdfDate.ToPdfString(date);
        }
        return dict;
    }
}
