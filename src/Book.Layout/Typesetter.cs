using System.Globalization;
using Book.Model;
using Book.Layout.Blocks;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout;


/// <summary>
/// Model → page tree. Lays the book out in passes: page references (contents, "→ p. 23",
/// index) are filled from the previous pass until they stop changing.
/// </summary>
public sealed partial class Typesetter
{
    readonly BookDocument _book;
    readonly BookStyle _style;
    readonly FontSet _fonts;
    readonly ParagraphSetter _setter;
    PageTree? _previous;   // the last pass, for page numbers of anchors

    readonly DateTimeOffset? _date;

    Typesetter(BookDocument book, TypesetOptions options)
    {
        _book = book; _fonts = options.Fonts; _date = options.Date;
        var fonts = options.Fonts;
        _style = new BookStyle(book.Meta.Page, book.Meta.FontSize, fonts);
        _setter = new ParagraphSetter(fonts);
    }

    /// <summary>Where each anchor landed in the last pass: anchor id → physical page index.</summary>
    public IReadOnlyDictionary<string, int> AnchorPages { get; private set; } = new Dictionary<string, int>();

    public static PageTree Typeset(BookDocument book, DiagnosticBag diags) => Typeset(book, diags, out _);

    public static PageTree Typeset(BookDocument book, DiagnosticBag diags, out IReadOnlyDictionary<string, int> anchorPages) =>
        Typeset(book, diags, TypesetOptions.For(book), out anchorPages);

    public static PageTree Typeset(BookDocument book, DiagnosticBag diags, TypesetOptions options, out IReadOnlyDictionary<string, int> anchorPages)
    {
        var ts = new Typesetter(book, options);
        Dictionary<string, string>? labels = null;
        PageTree? tree = null;
        for (int pass = 0; pass < 4; pass++)
        {
            var bag = new DiagnosticBag();
            tree = ts.Pass(labels, bag, out var anchors);
            var newLabels = anchors.ToDictionary(kv => kv.Key, kv => Folio(tree.Pages[kv.Value]), StringComparer.Ordinal);
            bool stable = labels is not null && newLabels.Count == labels.Count && newLabels.All(kv => labels.TryGetValue(kv.Key, out var v) && v == kv.Value);
            labels = newLabels;
            ts.AnchorPages = anchors;
            ts._previous = tree;
            if (stable || pass == 3)
            {
                foreach (var d in bag.Items) diags.Add(d);
                break;
            }
        }
        anchorPages = ts.AnchorPages;
        return tree!;
    }

    public static string Folio(Page p) => p.Style == FolioStyle.Roman ? Roman(p.Number) : p.Number.ToString(CultureInfo.InvariantCulture);

    static string Roman(int n)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var (v, s) in new[] { (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i") })
            while (n >= v) { sb.Append(s); n -= v; }
        return sb.ToString();
    }

    sealed class PassState
    {
        public required PageTree Tree;
        public required Dictionary<string, int> Anchors;
        public int FirstChapterPage = -1;
        /// <summary>The structure element of the division being laid out.</summary>
        public StructElement? Sect;
        /// <summary>Divisions composed ahead in parallel, taken as the pass reaches them.</summary>
        public Dictionary<Division, Composed>? Composed;
        public DiagnosticBag Diagnostics = new();
    }

    PageTree Pass(Dictionary<string, string>? labels, DiagnosticBag diags, out Dictionary<string, int> anchors)
    {
        var meta = _book.Meta;
        // The subject falls back to the subtitle, as it did before book.yaml could say one.
        var info = new DocumentInfo(meta.Title, meta.Editors.Count > 0 ? string.Join(", ", meta.Editors) : null, meta.Subject ?? meta.Subtitle,
            meta.Language, _date, meta.Keywords.Count > 0 ? string.Join(", ", meta.Keywords) : null, "book");
        var st = new PassState { Tree = new PageTree { Info = info }, Anchors = new Dictionary<string, int>(StringComparer.Ordinal), Diagnostics = diags };
        Func<string, string?> labelOf = id => labels is not null && labels.TryGetValue(id, out var l) ? l : "00";
        var flattener = new InlineFlattener(labelOf);
        var blocks = new BlockLayout(_style, _setter, flattener, diags, meta.Language)
        {
            // The index prints arabic page numbers from the previous pass; range merging needs numbers.
            PageNumberOf = id => _previous is not null && AnchorPages.TryGetValue(id, out var i) && _previous.Pages[i].Style == FolioStyle.Arabic
                ? _previous.Pages[i].Number : null,
        };
        st.Tree.Structure = new StructElement("Document");
        st.Composed = ComposeAhead(labelOf, blocks.PageNumberOf!);
        foreach (var d in _book.Divisions)
        {
            st.Sect = blocks.Parent = SectFor(st, d);
            switch (d.Kind)
            {
                case DivisionKind.HalfTitle: HalfTitle(st, d, flattener); break;
                case DivisionKind.TitlePage: TitlePage(st, d, flattener); break;
                case DivisionKind.Colophon: Colophon(st, d, blocks); break;
                case DivisionKind.Dedication: Dedication(st, d, blocks); break;
                default: Flow(st, d, blocks, flattener, labels); break;
            }
        }
        // Saddle-stitch and duplex printing want an even count; a blank verso closes the book.
        if (st.Tree.Pages.Count % 2 == 1) NewPage(st, blank: true);
        anchors = st.Anchors;
        foreach (var (page, index) in st.Tree.Pages.Select((p, i) => (p, i)))
            foreach (var a in page.Items.OfType<Anchor>())
                anchors.TryAdd(a.Name, index);
        Outline(st);
        return st.Tree;
    }

    Page NewPage(PassState st, bool blank = false, bool front = true)
    {
        int physical = st.Tree.Pages.Count + 1;
        var page = st.FirstChapterPage < 0
            ? new Page(_style.Page.Width, _style.Page.Height, FolioStyle.Roman, physical)
            : new Page(_style.Page.Width, _style.Page.Height, FolioStyle.Arabic, physical - st.FirstChapterPage + 1);
        st.Tree.Pages.Add(page);
        return page;
    }

    /// <summary>Pads with a blank page so the next page is a right-hand (odd) one.</summary>
    void ToRecto(PassState st)
    {
        if (st.Tree.Pages.Count % 2 == 1) NewPage(st, blank: true);
    }

    bool IsRecto(PassState st, Page p) => (st.Tree.Pages.IndexOf(p) + 1) % 2 == 1;

    /// <summary>Left edge of the text block: mirrored margins, inner margin at the spine.</summary>
    double Left(int physicalIndex) => physicalIndex % 2 == 0 ? _style.Page.Inner : _style.Page.Outer;
}
