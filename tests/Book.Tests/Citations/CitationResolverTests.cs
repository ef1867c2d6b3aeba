using Book.Core.Citations;
using Book.Core.Pipeline;
using Book.Model;
using Markdig;
using static Book.Tests.Citations.CitationTestData;

namespace Book.Tests.Citations;

using Text = Book.Model.Text;

public class CitationResolverTests
{
    static readonly BookMetadata Meta = new("Khojaly", null, [], "en", null, null, "khojaly", null,
        new PageSetup(420, 595, 50, 50, 50, 40), 10);

    static Citation Cite(params string[] keys) =>
        new(keys.Select(k => new CitationItem(k, null, null, null, false)).ToList(), false, new SourceSpan("chapters/01.md", 3, 7));

    static Citation CiteAt(string key, string? locator) => new([new CitationItem(key, null, locator, null, false)], false, null);

    static Paragraph P(params Inline[] inlines) => new(inlines);

    static Division Chapter(string id, IReadOnlyList<Block> blocks, IReadOnlyList<Note>? notes = null) =>
        new(DivisionKind.Chapter, id, [new Text(id)], "1", blocks, notes ?? []);

    // The tests of "Ibid." use the style that writes it; Chicago's 18th edition (the default) does not.
    static (BookDocument Doc, Division? Bibliography, DiagnosticBag Diags) Resolve(params Division[] divisions) =>
        ResolveIn("chicago-notes-bibliography-subsequent-ibid", divisions);

    static (BookDocument Doc, Division? Bibliography, DiagnosticBag Diags) ResolveIn(string style, params Division[] divisions)
    {
        var diags = new DiagnosticBag();
        // The generated bibliography appendix stands last, empty, as BookLoader places it.
        var placeholder = new Division(DivisionKind.Appendix, "bibliography", [new Text("Bibliography")], null, [], []) { Generated = GeneratedAppendix.Bibliography };
        var doc = CitationResolver.Resolve(new BookDocument(Meta, [.. divisions, placeholder]), Sources(), Book.Csl.BuiltInStyles.Get(style), diags);
        // Notes are numbered by the stage after citations, as the pipeline runs them.
        doc = NoteNumberingStage.Number(doc);
        var bib = doc.Divisions[^1];
        return (doc with { Divisions = doc.Divisions.SkipLast(1).ToList() }, bib.Blocks.Count > 0 ? bib : null, diags);
    }

    static string NoteText(Note n) => Render(((Paragraph)Assert.Single(n.Blocks)).Content);

    static List<string> Notes(Division d) => d.Notes.Select(n => $"{n.Number}. {NoteText(n)}").ToList();

    [Fact]
    public void FullThenShortThenIbidThenIbidWithNewLocator()
    {
        var (doc, _, diags) = Resolve(Chapter("ch1",
        [
            P(new Text("Population was 7,000 "), Cite("erdogan-2024"), new Text(".")),
            P(new Text("A photo essay "), Cite("dailysabah-2024"), new Text(" and again "), Cite("erdogan-2024"), new Text(",")),
            P(new Text("Same "), CiteAt("erdogan-2024", null), new Text(" and page "), CiteAt("erdogan-2024", "p. 4"),
              new Text(" and same page "), CiteAt("erdogan-2024", "p. 4")),
        ]));
        var ch = doc.Divisions[0];
        Assert.Equal(
        [
            "1. Koray Erdogan, *Remembering Khojaly Massacre: A Tragic Chapter in Azerbaijani History*, February 26, 2024.",
            "2. “Azerbaijan Marks Anniversary of Khojaly Massacre by Armenian Forces,” *Daily Sabah*, February 26, 2024, <https://www.dailysabah.com/politics/azerbaijan-marks-anniversary/news>.",
            "3. Erdogan, *Remembering Khojaly Massacre: A Tragic Chapter in Azerbaijani History*.",
            "4. Ibid.",
            "5. Ibid., 4.",
            "6. Ibid.",
        ], Notes(ch));
        // The mark follows the punctuation and the space before the citation goes.
        Assert.Equal("Population was 7,000.[1]", Render(((Paragraph)ch.Blocks[0]).Content));
        Assert.Equal("A photo essay[2] and again,[3]", Render(((Paragraph)ch.Blocks[1]).Content));
        Assert.DoesNotContain(diags.Items, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void IbidChainBreaksAtAChapterAndAtANoteWithoutCitation()
    {
        var (doc, _, _) = Resolve(
            Chapter("ch1",
            [
                P(Cite("erdogan-2024"), new Text(" x"), new NoteRef("n1", 0), new Text(" y "), Cite("erdogan-2024")),
            ], [new Note("n1", 0, [P(new Text("An aside."))])]),
            Chapter("ch2", [P(Cite("erdogan-2024"))]));
        Assert.Equal(["1. Koray Erdogan, *Remembering Khojaly Massacre: A Tragic Chapter in Azerbaijani History*, February 26, 2024.",
                      "2. An aside.", "3. Erdogan, *Remembering Khojaly Massacre: A Tragic Chapter in Azerbaijani History*."], Notes(doc.Divisions[0]));
        Assert.Equal(["1. Erdogan, *Remembering Khojaly Massacre: A Tragic Chapter in Azerbaijani History*."], Notes(doc.Divisions[1]));
    }

    [Fact]
    public void NoIbidAfterANoteCitingTwoSources()
    {
        var note = new Note("fn", 0, [P(new Text("Compare "), Cite("erdogan-2024"), new Text(" with "), Cite("dailysabah-2024"), new Text("."))]);
        var (doc, _, _) = Resolve(Chapter("ch1", [P(new Text("x"), new NoteRef("fn", 0), new Text(" y"), Cite("dailysabah-2024"))], [note]));
        Assert.Equal("2. *Daily Sabah*, “Azerbaijan Marks Anniversary of Khojaly Massacre by Armenian Forces.”", Notes(doc.Divisions[0])[1]);
    }

    [Fact]
    public void IbidAfterANoteCitingOneSource()
    {
        var note = new Note("fn", 0, [P(new Text("As reported by "), Cite("dailysabah-2024"), new Text("."))]);
        var (doc, _, _) = Resolve(Chapter("ch1", [P(new Text("x"), new NoteRef("fn", 0), new Text(" y"), Cite("dailysabah-2024"))], [note]));
        Assert.Equal("2. Ibid.", Notes(doc.Divisions[0])[1]);
    }

    [Fact]
    public void TwoKeysInOneCitationMakeOneNote()
    {
        var (doc, _, _) = Resolve(Chapter("ch1", [P(new Text("Figures "), Cite("erdogan-2024", "dailysabah-2024"), new Text("."))]));
        var note = Assert.Single(doc.Divisions[0].Notes);
        Assert.Equal("Koray Erdogan, *Remembering Khojaly Massacre: A Tragic Chapter in Azerbaijani History*, February 26, 2024; " +
                     "“Azerbaijan Marks Anniversary of Khojaly Massacre by Armenian Forces,” *Daily Sabah*, February 26, 2024, " +
                     "<https://www.dailysabah.com/politics/azerbaijan-marks-anniversary/news>.", NoteText(note));
    }

    [Fact]
    public void PrefixIsCapitalisedAndSuffixKept()
    {
        var c = new Citation([new CitationItem("erdogan-2024", "see", "p. 2", ", emphasis added", false)], false, null);
        var (doc, _, _) = Resolve(Chapter("ch1", [P(new Text("Text "), c)]));
        Assert.Equal("See Koray Erdogan, *Remembering Khojaly Massacre: A Tragic Chapter in Azerbaijani History*, February 26, 2024, 2, emphasis added.",
            NoteText(Assert.Single(doc.Divisions[0].Notes)));
    }

    [Fact]
    public void NarrativeCitationPrintsTheNameThenTheMark()
    {
        var narrative = new Citation([new CitationItem("trtworld-2024", null, null, null, false)], true, null);
        var (doc, _, _) = Resolve(Chapter("ch1", [P(new Text("As "), narrative, new Text(" reported, the town fell."))]));
        var ch = doc.Divisions[0];
        Assert.Equal("As TRT World[1] reported, the town fell.", Render(((Paragraph)ch.Blocks[0]).Content));
        Assert.StartsWith("1. “In Photos: Commemorating", Assert.Single(Notes(ch)));
    }

    [Fact]
    public void CitationInsideAnExistingNoteStaysInline()
    {
        var note = new Note("fn-1", 1, [P(new Text("Other figures are given by "), Cite("dailysabah-2024"), new Text("."))]);
        var (doc, _, _) = Resolve(Chapter("ch1", [P(new Text("Text"), new NoteRef("fn-1", 1), new Text("."))], [note]));
        var ch = doc.Divisions[0];
        var only = Assert.Single(ch.Notes);
        // Set in parentheses, as Pandoc sets a bracketed citation inside a footnote.
        Assert.Equal("Other figures are given by (“Azerbaijan Marks Anniversary of Khojaly Massacre by Armenian Forces,” *Daily Sabah*, " +
                     "February 26, 2024, <https://www.dailysabah.com/politics/azerbaijan-marks-anniversary/news>).", NoteText(only));
        Assert.DoesNotContain(ch.Notes, n => n.Blocks.OfType<Paragraph>().Any(p => p.Content.Any(i => i is NoteRef or Citation)));
    }

    [Fact]
    public void NarrativeCitationInsideAnExistingNoteReadsAsPartOfTheSentence()
    {
        var narrative = new Citation([new CitationItem("dailysabah-2024", null, null, null, false)], true, null);
        var note = new Note("fn-1", 1, [P(narrative, new Text(" gives no figure."))]);
        var (doc, _, _) = Resolve(Chapter("ch1", [P(new Text("Text"), new NoteRef("fn-1", 1), new Text("."))], [note]));
        var text = NoteText(Assert.Single(doc.Divisions[0].Notes));
        Assert.StartsWith("“Azerbaijan Marks Anniversary", text);
        Assert.DoesNotContain("(", text.Split(',')[0]);
    }

    [Fact]
    public void RenumberingInterleavesFootnotesAndCitationNotes()
    {
        // Existing footnotes arrive numbered in their own order (2, 1); citations fall between them.
        var notes = new List<Note>
        {
            new("fn-b", 2, [P(new Text("Second footnote."))]),
            new("fn-a", 1, [P(new Text("First footnote."))]),
        };
        var (doc, _, _) = Resolve(Chapter("ch1",
        [
            P(new Text("A"), Cite("erdogan-2024"), new Text(" B"), new NoteRef("fn-a", 1)),
            new BlockQuote([P(new Text("C"), Cite("dailysabah-2024"))]),
            new ListBlock(false, 1, [new ListItem([P(new Text("D"), new NoteRef("fn-b", 2))])]),
            new Table(null, null, [], [ColumnAlign.Default], [[new TableCell([new Text("h")])]],
                [[new TableCell([new Text("613"), Cite("trtworld-2024")])]],
                [new TableNote("a", [new Text("Source: "), Cite("erdogan-2024")])]),
            new ChronologyEntry("26 February 1992", [new Text("E"), new NoteRef("fn-a", 1)]),
        ], notes));
        var ch = doc.Divisions[0];
        // A citation in a table cell becomes a lettered note under the table, not a footnote.
        Assert.Equal([1, 2, 3, 4], ch.Notes.Select(n => n.Number));
        Assert.Equal(["ch1-cite-1", "fn-a", "ch1-cite-2", "fn-b"], ch.Notes.Select(n => n.Id));
        Assert.Equal("A[1] B[2]", Render(((Paragraph)ch.Blocks[0]).Content));
        Assert.Equal("D[4]", Render(((Paragraph)((ListBlock)ch.Blocks[2]).Items[0].Blocks[0]).Content));
        var table = (Table)ch.Blocks[3];
        Assert.Equal("613{Span}", Render(table.Rows[0][0].Content));
        Assert.Equal("b", InlineText.Plain(table.Rows[0][0].Content.OfType<Span>().Single().Content));
        // The table's own note reads inline, and the source was cited before: short form, closed like a note.
        Assert.Equal("Source: Erdogan, *Remembering Khojaly Massacre: A Tragic Chapter in Azerbaijani History*.", Render(table.Notes[0].Content));
        Assert.Equal("b", table.Notes[1].Mark);
        Assert.StartsWith("“In Photos", Render(table.Notes[1].Content));
        // A second mark to the same footnote reuses its number.
        Assert.Equal("E[2]", Render(((ChronologyEntry)ch.Blocks[4]).Content));
        // Every mark points at a note with the same number.
        var marks = Marks(ch.Blocks).ToList();
        Assert.All(marks, m => Assert.Equal(m.Number, ch.Notes.Single(n => n.Id == m.NoteId).Number));
    }

    static IEnumerable<NoteRef> Marks(IEnumerable<Block> blocks) => blocks.SelectMany(b => b switch
    {
        Paragraph p => p.Content.OfType<NoteRef>(),
        BlockQuote q => Marks(q.Blocks),
        ListBlock l => l.Items.SelectMany(i => Marks(i.Blocks)),
        Table t => t.Rows.SelectMany(r => r).SelectMany(c => c.Content).OfType<NoteRef>(),
        ChronologyEntry e => e.Content.OfType<NoteRef>(),
        _ => [],
    });

    [Fact]
    public void UnknownKeyIsAnErrorWithSuggestion()
    {
        var (_, _, diags) = Resolve(Chapter("ch1", [P(Cite("erdogan-2042")), P(Cite("completely-different"))]));
        var errors = diags.Items.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
        Assert.Equal(
        [
            "chapters/01.md:3:7: error: unknown citation key 'erdogan-2042' (did you mean 'erdogan-2024'?)",
            "chapters/01.md:3:7: error: unknown citation key 'completely-different'",
        ], errors);
    }

    [Fact]
    public void SuggestionHandlesTransposition()
    {
        Assert.Equal("alpha", DidYouMean.Closest("alpah", ["beta", "alpha", "gamma"], ignoreCase: true));
        Assert.Null(DidYouMean.Closest("zzzzzz", ["alpha"], ignoreCase: true));
    }

    [Fact]
    public void UnusedSourceIsAWarningAtItsLineAndLeftOut()
    {
        var (_, bib, diags) = Resolve(Chapter("ch1", [P(Cite("erdogan-2024")), P(Cite("dailysabah-2024"))]));
        var warning = Assert.Single(diags.Items);
        Assert.Equal("sources.yaml:2:3: warning: source 'trtworld-2024' is never cited; it is left out of the bibliography", warning.ToString());
        Assert.DoesNotContain(bib!.Blocks.Cast<BibliographyEntry>(), e => e.Key == "trtworld-2024");
    }

    [Fact]
    public void BibliographyIsSortedAndHoldsOnlyCitedWorks()
    {
        var narrative = new Citation([new CitationItem("trtworld-2024", null, null, null, false)], true, null);
        var (_, bib, _) = Resolve(Chapter("ch1", [P(Cite("erdogan-2024"), narrative, Cite("dailysabah-2024"))]));
        Assert.NotNull(bib);
        Assert.Equal(DivisionKind.Appendix, bib.Kind);
        Assert.Equal("bibliography", bib.Id);
        Assert.Equal("Bibliography", bib.TitleText);
        var entries = bib.Blocks.Cast<BibliographyEntry>().ToList();
        // Daily Sabah, Erdogan, TRT World: by the name each entry starts with.
        Assert.Equal(["dailysabah-2024", "erdogan-2024", "trtworld-2024"], entries.Select(e => e.Key));
        Assert.Equal(
        [
            "*Daily Sabah*. “Azerbaijan Marks Anniversary of Khojaly Massacre by Armenian Forces.” February 26, 2024. <https://www.dailysabah.com/politics/azerbaijan-marks-anniversary/news>.",
            "Erdogan, Koray. *Remembering Khojaly Massacre: A Tragic Chapter in Azerbaijani History*. February 26, 2024.",
            "TRT World. “In Photos: Commemorating Khojaly Massacre, Pursuing Justice 32 Years On.” February 23, 2024. <https://www.trtworld.com/magazine/in-photos-17084016>.",
        ], entries.Select(e => Render(e.Content)));
        // Nothing invented: no note field, no access date (a publication date exists), no page.
        Assert.DoesNotContain(entries, e => Render(e.Content).Contains("Newsroom") || Render(e.Content).Contains("ccessed"));
    }

    [Fact]
    public void NoCitationsNoBibliography()
    {
        var (doc, bib, diags) = Resolve(Chapter("ch1", [P(new Text("Nothing cited."))]));
        Assert.Null(bib);
        Assert.Equal(3, diags.Items.Count(d => d.Severity == Severity.Warning));
        Assert.Equal("Nothing cited.", Render(((Paragraph)doc.Divisions[0].Blocks[0]).Content));
    }

    [Fact]
    public void FromMarkdownToNotes()
    {
        // What the converter does, reduced to paragraphs of text and citations.
        var pipeline = new Markdig.MarkdownPipelineBuilder().UseFootnotes().UseSmartyPants().Use<CitationExtension>().Build();
        var md = "As @trtworld-2024 reported, 613 people were killed [@erdogan-2024, p. 2; @dailysabah-2024].\n\nSee [@alpah].\n";
        var parsed = Markdig.Markdown.Parse(md, pipeline, CitationExtension.ContextFor("chapters/05-victims.md"));
        var blocks = parsed.OfType<Markdig.Syntax.ParagraphBlock>().Select(p => (Block)new Paragraph(p.Inline!.Select(i => i switch
        {
            CitationNode c => (Inline)c.Value,
            Markdig.Syntax.Inlines.LiteralInline l => new Text(l.Content.ToString()),
            _ => throw new InvalidOperationException(i.GetType().Name),
        }).ToList())).ToList();
        var (doc, _, diags) = Resolve(Chapter("ch5", blocks));
        var ch = doc.Divisions[0];
        Assert.Equal("As TRT World[1] reported, 613 people were killed.[2]", Render(((Paragraph)ch.Blocks[0]).Content));
        Assert.StartsWith("2. Koray Erdogan, *Remembering Khojaly Massacre: A Tragic Chapter in Azerbaijani History*, February 26, 2024, 2; “Azerbaijan", Notes(ch)[1]);
        Assert.Equal("chapters/05-victims.md:3:5: error: unknown citation key 'alpah'", diags.Items.Single(d => d.Severity == Severity.Error).ToString());
    }

    [Fact]
    public void NestedInlinesAreWalked()
    {
        var (doc, _, _) = Resolve(Chapter("ch1",
            [new Heading(2, "h", [new Emphasis([new Text("Title"), Cite("erdogan-2024")])])]));
        var heading = (Heading)doc.Divisions[0].Blocks[0];
        Assert.Equal("*Title[1]*", Render(heading.Content));
        Assert.Single(doc.Divisions[0].Notes);
    }
}
