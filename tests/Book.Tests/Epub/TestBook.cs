using Book.Model;

namespace Book.Tests.Epub;

using Text = Book.Model.Text;

/// <summary>
/// A small hand-built book with everything the EPUB writer must handle: three chapters with notes
/// (one note referenced twice), a table with caption and notes, a bar chart, an Azerbaijani span,
/// cross-reference links, index terms, page refs, and chronology, bibliography and index appendices.
/// </summary>
static class TestBook
{
    static Text T(string s) => new(s);
    static Paragraph P(params Inline[] c) => new(c);

    public static BookDocument Build()
    {
        var meta = new BookMetadata(
            "A Test Book & Its <Notes>", "Written for the EPUB tests", ["Ada Editor", "Bo Second"], "en",
            "2026-02-26", "First edition", "test-book", null,
            new PageSetup(420, 595, 45, 57, 51, 40), 10.5);

        var ch1 = new Division(DivisionKind.Chapter, "sec:first", [T("The first chapter")], "1",
        [
            P(T("Khojaly ("), new Span([T("Xocalı")], "az", []), T(") is a town."), new NoteRef("c1-n1", 1),
              T(" See "), new Link([T("Table 1.1")], "#tbl:people"), T(" and "), new Link([T("Figure 2.1")], "#fig:bars"), T(".")),
            new Heading(2, "sec:town", [T("The town")]),
            P(T("The "), new IndexTerm([T("airport")], "ix-airport-1"), T(" was near. Again"), new NoteRef("c1-n2", 2),
              T(" and once more"), new NoteRef("c1-n1", 1), T(". Quotes \"x\" < y > z & w.")),
            new Table("tbl:people", "Table 1.1", [T("Population by source")],
                [ColumnAlign.Left, ColumnAlign.Right],
                [[new TableCell([T("Source")]), new TableCell([T("People")], Numeric: true)]],
                [
                    [new TableCell([T("First article"), new Span([T("a")], null, ["table-note-mark"])]), new TableCell([T("7,000")], Numeric: true)],
                    [new TableCell([T("Second article")]), new TableCell([T("4,000")], Numeric: true, Marked: true)],
                ],
                [new TableNote("a", [T("The first source.")]), new TableNote("*", [T("Marked values differ.")])]),
            new ListBlock(true, 3, [new ListItem([P(T("third"))]), new ListItem([P(T("fourth"))])]),
            new ThematicBreak(),
            new BlockQuote([P(new Emphasis([T("Quoted")]), T(" text with "), new Strong([T("strong")]), T(" and "), new Code("code"), new LineBreak(), T("a break."))]),
        ],
        [
            new Note("c1-n1", 1, [P(T("The first note, with a "), new Link([T("link")], "https://example.org/a?b=1&c=2"), T("."))]),
            new Note("c1-n2", 2, [P(T("The second note."))]),
        ]);

        var ch2 = new Division(DivisionKind.Chapter, "sec:second", [T("The second chapter")], "2",
        [
            new Heading(2, "sec:numbers", [T("Numbers")]),
            P(T("Bars follow; the "), new IndexTerm([T("airport")], "ix-airport-2"), T(" again (page "), new PageRef("sec:town"), T(")."), new NoteRef("c2-n1", 1)),
            new BarChart("fig:bars", "Figure 2.1", [T("Counts by source")], "Bar chart: source A gives 613, source B 485.",
                [("Source A", 613), ("Source B", 485.5)], [new TableNote("", [T("Source: two articles.")])]),
            new Heading(3, null, [T("A smaller heading")]),
            P(T("Back to "), new Link([T("the town")], "#sec:town"), T(".")),
        ],
        [new Note("c2-n1", 1, [P(T("A note in chapter two."))])]);

        var ch3 = new Division(DivisionKind.Chapter, "sec:third", [T("The third chapter")], "3",
        [
            P(new Span([T("Şuşa və Ağdam")], "az", ["place"]), T(" and the "), new IndexTerm([T("airport")], "ix-airport-3"), T("."), new NoteRef("c3-n1", 1)),
            new Div(["epigraph"], "div:quote", [new Paragraph([T("An epigraph.")], ParagraphRole.Epigraph), new Paragraph([T("Someone")], ParagraphRole.Attribution)]),
        ],
        [new Note("c3-n1", 1, [P(T("Note three, first paragraph.")), P(T("Second paragraph."))])]);

        var chronology = new Division(DivisionKind.Appendix, "chronology", [T("Chronology")], null,
        [
            new ChronologyEntry("20 February 1988", [T("The oblast asks to leave.")]),
            new ChronologyEntry("25–26 February 1992", [T("The night of the attack."), new NoteRef("chr-n1", 1)]),
        ],
        [new Note("chr-n1", 1, [P(T("A chronology note."))])]) { Generated = GeneratedAppendix.Chronology };

        var bibliography = new Division(DivisionKind.Appendix, "bibliography", [T("Bibliography")], null,
        [
            new BibliographyEntry("alpha-2024", [T("Alpha, A. 2024. "), new Emphasis([T("A Title.")]), T(" Publisher.")]),
            new BibliographyEntry("beta-2025", [T("Beta, B. 2025. “Another.” "), new Link([T("https://example.org/b")], "https://example.org/b")]),
        ], []) { Generated = GeneratedAppendix.Bibliography };

        var index = new Division(DivisionKind.Appendix, "index", [T("Index")], null,
        [
            new IndexEntry([T("airport")], ["ix-airport-1", "ix-airport-2", "ix-airport-3"], null),
            new IndexEntry([T("Xocalı")], [], "Khojaly"),
        ], []) { Generated = GeneratedAppendix.Index };

        return new BookDocument(meta,
        [
            new Division(DivisionKind.HalfTitle, "half-title", [T(meta.Title)], null, [], []),
            new Division(DivisionKind.TitlePage, "title-page", [T(meta.Title)], null, [], []),
            new Division(DivisionKind.Colophon, "sec:colophon", [T("Colophon")], null, [P(T("Set in Literata."))], []),
            new Division(DivisionKind.Dedication, "d-dedication", [], null, [new Paragraph([T("For the victims.")], ParagraphRole.Centered)], []),
            new Division(DivisionKind.Contents, "contents", [T("Contents")], null, [new ContentsBlock()], []),
            new Division(DivisionKind.FrontMatter, "sec:reader-note", [T("A note to the reader")], null, [P(T("Read this first."))], []),
            ch1, ch2, ch3, chronology, bibliography, index,
        ]);
    }

    /// <summary>Page breaks as the PDF layout would report them, including the contents and the half title.</summary>
    public static IReadOnlyList<Book.Epub.PageBreak> Pages() =>
    [
        new("half-title", null, "i"),
        new("title-page", null, "iii"),
        new("sec:colophon", null, "iv"),
        new("d-dedication", null, "v"),
        new("contents", null, "vii"),
        new("sec:reader-note", null, "ix"),
        new("sec:first", null, "1"),
        new("sec:first", "sec:town", "2"),
        new("sec:first", "tbl:people", "3"),
        new("sec:second", null, "5"),
        new("sec:second", "ix-airport-2", "6"),
        new("sec:second", "fig:bars", "7"),
        new("sec:third", null, "9"),
        new("chronology", null, "11"),
        new("bibliography", null, "13"),
        new("index", null, "15"),
    ];

    public static IReadOnlyDictionary<string, string> Labels() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ix-airport-1"] = "2", ["ix-airport-2"] = "6", ["ix-airport-3"] = "9", ["sec:town"] = "2",
    };
}
