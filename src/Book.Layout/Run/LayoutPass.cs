using Book.Model;
using Book.Pages;
using Book.Layout.Blocks;
using Book.Layout.Flow;
using Book.Layout.Front;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Run;

/// <summary>
/// One pass over the book: the run of pages in book order. Each division is placed by the element
/// that owns it (title pages, colophon, dedication, flowed text, index columns); this class holds
/// what they share — the page tree so far, where arabic numbering starts, recto/verso, margins.
/// </summary>
sealed class LayoutPass(BookDocument book, BookStyle style, ParagraphSetter setter, Compositions compositions, DocumentInfo info,
    Dictionary<string, string>? labels, Func<string, int?> pageNumberOf, DiagnosticBag diagnostics) : IPageRun
{
    public BookDocument Book => book;
    public BookStyle Style => style;
    public ParagraphSetter Setter => setter;
    public Compositions Compositions => compositions;
    public DiagnosticBag Diagnostics => diagnostics;
    public PageTree Tree { get; } = new() { Info = info };
    /// <summary>Physical page index where arabic page 1 falls; -1 until the first chapter.</summary>
    public int FirstChapterPage { get; set; } = -1;
    /// <summary>Pages before the front matter that are not counted (the front cover and its inside): roman i is the half-title.</summary>
    public int UncountedPages { get; set; }
    /// <summary>The cover pictures, loaded by the build.</summary>
    public CoverPictures Covers { get; init; } = CoverPictures.None;
    /// <summary>The structure element of the division being laid out.</summary>
    public StructElement? Sect { get; private set; }
    /// <summary>Divisions composed ahead in parallel, taken as the pass reaches them.</summary>
    public Dictionary<Division, Composed>? Composed { get; private set; }
    /// <summary>Page references read the labels of the last pass ("00" before there is one).</summary>
    public Func<string, string?> LabelOf { get; } = id => labels is not null && labels.TryGetValue(id, out var l) ? l : "00";
    InlineFlattener? _flattener;
    /// <summary>The pass's flattener, for what is set in book order (title pages, running heads, folios).</summary>
    public InlineFlattener Flattener => _flattener ??= new InlineFlattener(LabelOf) { Pictures = Pictures.InlinePictures.For(style) };

    public PageTree Run(out Dictionary<string, int> anchors)
    {
        var blocks = new BlockLayout(style, setter, Flattener, diagnostics, book.Meta.Language) { Book = book, PageNumberOf = pageNumberOf };
        Tree.Structure = new StructElement("Document");
        Composed = compositions.ComposeAhead(LabelOf, pageNumberOf);
        foreach (var d in book.Divisions)
        {
            Sect = blocks.Parent = compositions.SectFor(this, d);
            switch (d.Kind)
            {
                case DivisionKind.HalfTitle: TitlePages.HalfTitle(this, d); break;
                case DivisionKind.TitlePage: TitlePages.Title(this, d); break;
                case DivisionKind.Colophon: ColophonPage.Place(this, d, blocks); break;
                case DivisionKind.Dedication: DedicationPage.Place(this, d, blocks); break;
                case DivisionKind.FrontCover: CoverPages.Front(this, d, Covers); break;
                case DivisionKind.BackCover: CoverPages.Back(this, d, blocks, Covers); break;
                default: DivisionFlow.Place(this, d, blocks); break;
            }
        }
        // Saddle-stitch and duplex printing want an even count; a blank verso closes the book.
        if (Tree.Pages.Count % 2 == 1) NewPage();
        anchors = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (page, index) in Tree.Pages.Select((p, i) => (p, i)))
            foreach (var a in page.Items.OfType<Anchor>())
                anchors.TryAdd(a.Name, index);
        Outline.Add(Tree, book);
        PublishStarts();
        return Tree;
    }

    /// <summary>
    /// Where each division and each heading directly in a division's text starts, read off the
    /// drawn anchors in page order: a division opens at its title (or, for the index's columns, at
    /// its division mark), and a heading belongs to the division opened last.
    /// </summary>
    void PublishStarts()
    {
        string? division = null;
        for (int i = 0; i < Tree.Pages.Count; i++)
            foreach (var item in Tree.Pages[i].Items)
            {
                if (item is not Anchor { Id: var id }) continue;
                if (id.Kind is AnchorKind.Title or AnchorKind.Division && id.Key != division)
                {
                    division = id.Key;
                    Tree.Starts.Add(new PageStart(id.Key, null, i, id));
                }
                else if (id.Kind == AnchorKind.Heading && division is not null)
                    Tree.Starts.Add(new PageStart(division, id.Key, i, id));
            }
    }

    /// <summary>A new page at the end: roman folios before the first chapter, arabic from it.</summary>
    public Page NewPage()
    {
        int physical = Tree.Pages.Count + 1;
        var page = FirstChapterPage < 0
            ? new Page(style.Page.Width, style.Page.Height, FolioStyle.Roman, physical - UncountedPages)
            : new Page(style.Page.Width, style.Page.Height, FolioStyle.Arabic, physical - FirstChapterPage + 1);
        Tree.Pages.Add(page);
        return page;
    }

    /// <summary>A cover page at the end: outside the numbering, labelled by what it is ("Cover").</summary>
    public Page NewCoverPage(string label)
    {
        var page = new Page(style.Page.Width, style.Page.Height, FolioStyle.Cover, 0) { Label = label };
        Tree.Pages.Add(page);
        // The front cover and its inside are not counted: the half-title is roman i.
        if (FirstChapterPage < 0) UncountedPages = Tree.Pages.Count;
        return page;
    }

    /// <summary>Pads with a blank page so the next page is a right-hand (odd) one.</summary>
    public void ToRecto()
    {
        if (Tree.Pages.Count % 2 == 1) NewPage();
    }

    /// <summary>Left edge of the text block on physical page <paramref name="physicalIndex"/>: mirrored margins, inner margin at the spine.</summary>
    public double Left(int physicalIndex) => physicalIndex % 2 == 0 ? style.Page.Inner : style.Page.Outer;
}
