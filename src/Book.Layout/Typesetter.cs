using System.Globalization;
using Book.Model;
using Book.Pages;
using Book.Layout.Marginals;
using Book.Layout.Paragraphs;
using Book.Layout.Run;
using Book.Layout.Styles;
using Book.Layout.Text;

namespace Book.Layout;


/// <summary>
/// Model → page tree. Lays the book out in passes: page references (contents, "→ p. 23",
/// index) are filled from the previous pass until they stop changing. Each pass is a
/// <see cref="LayoutPass"/>; what passes share (compositions reused while what they read holds)
/// is kept in <see cref="Compositions"/>.
/// </summary>
public sealed class Typesetter
{
    readonly BookDocument _book;
    readonly BookStyle _style;
    readonly ParagraphSetter _setter;
    readonly Compositions _compositions;
    PageTree? _previous;   // the last pass, for page numbers of anchors

    readonly DateTimeOffset? _date;
    readonly Front.CoverPictures _covers;

    Typesetter(BookDocument book, TypesetOptions options)
    {
        _book = book; _date = options.Date; _covers = options.Covers;
        var fonts = options.Fonts;
        _style = new BookStyle(book.Meta.Page, book.Meta.FontSize, fonts) { Pictures = options.Pictures ?? (static _ => null) };
        _setter = new ParagraphSetter(fonts);
        _compositions = new Compositions(book, _style, _setter);
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

    PageTree Pass(Dictionary<string, string>? labels, DiagnosticBag diags, out Dictionary<string, int> anchors)
    {
        var meta = _book.Meta;
        // The subject falls back to the subtitle, as it did before book.yaml could say one.
        var info = new DocumentInfo(meta.Title, meta.Editors.Count > 0 ? string.Join(", ", meta.Editors) : null, meta.Subject ?? meta.Subtitle,
            meta.Language, _date, meta.Keywords.Count > 0 ? string.Join(", ", meta.Keywords) : null, "book");
        return new LayoutPass(_book, _style, _setter, _compositions, info, labels, PageNumberOf, diags) { Covers = _covers }.Run(out anchors);
    }

    /// <summary>The index prints arabic page numbers from the previous pass; range merging needs numbers.</summary>
    int? PageNumberOf(string id) => _previous is not null && AnchorPages.TryGetValue(id, out var i) && _previous.Pages[i].Style == FolioStyle.Arabic
        ? _previous.Pages[i].Number : null;

    /// <summary>How a page is numbered where it is cited: "xii" in the front matter, "23" after.</summary>
    public static string Folio(Page p) => Folios.Of(p);

    /// <summary>
    /// Loads the bundled fonts and the English hyphenation patterns on a background thread, so
    /// a build can do it while it reads the project instead of stopping for it when typesetting
    /// starts (about a tenth of a second). Both are loaded once per process; calling this is optional.
    /// </summary>
    public static void WarmUp() => ThreadPool.UnsafeQueueUserWorkItem(static _ =>
    {
        FontSet.Bundled();
        Hyphenator.ForLanguage("en");
    }, null);
}
