using Book.Core.Chronology;
using Book.Model;

namespace Book.Tests.Chronology;
// Book.Tests.Text (the line-breaking tests) would otherwise hide the model's Text record.
using Text = Book.Model.Text;

public class ChronologyTests
{
    static ChronologyFile Read(string yaml, out DiagnosticBag diags)
    {
        diags = new DiagnosticBag();
        return ChronologyReader.Read(yaml, diags);
    }

    /// <summary>The inline kinds and texts of a Markdown text parsed as a chapter paragraph.</summary>
    static string AsInChapter(string markdown)
    {
        var parsed = new Book.Core.Markdown.ChapterParser("x.md", "x", new DiagnosticBag()).Parse(markdown);
        return Shape(((Paragraph)parsed.Blocks.Single()).Content);
    }

    static string Shape(IEnumerable<Inline> inlines) => string.Join("|", inlines.Select(i => i switch
    {
        Citation c => "cite:" + string.Join(";", c.Items.Select(x => x.Key)),
        NoteRef => "note",
        _ => i.GetType().Name + ":" + InlineText.Plain([i]),
    }));

    static readonly Division Placeholder = new(DivisionKind.Appendix, "chronology", [new Text("Chronology")], null, [], []);

    [Fact]
    public void Events_out_of_order_come_out_sorted_and_grouped_by_year()
    {
        const string yaml = """
            - date: 1992-02-26T01:00/04:00
              text: "Infantry enters."
            - date: 1992-02-26
              text: "Flight."
            - date: 1926
              approximate: true
              text: "Census."
            - date: 1992-02
              text: "Attacks step up."
            - date: 1991-10
              text: "Siege begins."
            - date: 1992
              text: "A year event."
            - date: 1992-02-26
              text: "Qaraqaya operation."
            - date: 1992-02-25T23:00
              text: "Shelling."
            """;
        var file = Read(yaml, out var diags);
        Assert.Empty(diags.Items);
        var div = ChronologyBuilder.BuildAppendix(Placeholder, file.Events, file.Notes);
        var lines = div.Blocks.Select(b => b switch
        {
            Heading h => "## " + InlineText.Plain(h.Content),
            ChronologyEntry e => e.DateText + " | " + InlineText.Plain(e.Content),
            _ => "?",
        }).ToList();
        Assert.Equal(
        [
            "## 1926",
            "c. 1926 | Census.",
            "## 1991",
            "October 1991 | Siege begins.",
            "## 1992",
            // Each at the middle of what it covers: a month before its last days, a day after its early hours, a year last.
            "February 1992 | Attacks step up.",
            "25 February 1992, 11 p.m. | Shelling.",
            "26 February 1992, 1\u20134 a.m. | Infantry enters.",
            "26 February 1992 | Flight.",               // same key as the next: file order kept
            "26 February 1992 | Qaraqaya operation.",
            "1992 | A year event.",
        ], lines);
        Assert.Equal("chronology-1992", ((Heading)div.Blocks[4]).Id);
        Assert.All(div.Blocks.OfType<Heading>(), h => Assert.Equal(2, h.Level));
    }

    [Fact]
    public void Unquoted_dates_stay_strings_and_citations_are_parsed()
    {
        var file = Read("- date: 1988-02-20\n  text: \"Deputies vote [@qalampir-2025], *Pravda* says.\"\n", out var diags);
        Assert.Empty(diags.Items);
        var e = Assert.Single(file.Events);
        Assert.Equal("1988-02-20", e.Date.ToString());
        Assert.Contains(e.Content, i => i is Emphasis);
        // Same parser as the chapters: a citation comes out exactly as it would in a chapter paragraph.
        Assert.Equal(AsInChapter("Deputies vote [@qalampir-2025], *Pravda* says."), Shape(e.Content));
        Assert.Equal(new SourceSpan("chronology.yaml", 1, 3), e.Span);
    }

    [Fact]
    public void See_appends_a_page_reference()
    {
        var file = Read("- date: 1991-10\n  text: \"Siege.\"\n  see: sec:siege\n", out var diags);
        Assert.Empty(diags.Items);
        var div = ChronologyBuilder.BuildAppendix(Placeholder, file.Events);
        var entry = div.Blocks.OfType<ChronologyEntry>().Single();
        Assert.Equal(new Text(" \u2192\u00A0p.\u00A0"), entry.Content[^2]);
        Assert.Equal(new PageRef("sec:siege"), entry.Content[^1]);
    }

    [Fact]
    public void Invalid_date_is_an_error_at_its_line_and_column()
    {
        var file = Read("- date: 1991-10\n  text: Fine.\n- date: 1992-13-01\n  text: Bad month.\n", out var diags);
        var d = Assert.Single(diags.Items);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.StartsWith("chronology.yaml:3:9: error: invalid date", d.ToString());
        Assert.Contains("month 13", d.Message);
        Assert.Single(file.Events); // the good event is still read
    }

    [Fact]
    public void Missing_text_and_missing_date_are_errors_with_position()
    {
        Read("- date: 1991-10\n  see: sec:siege\n- text: \"No date.\"\n", out var diags);
        Assert.Equal(
            ["chronology.yaml:1:3: error: event has no text; add 'text: \"…\"' saying what happened",
             "chronology.yaml:3:3: error: event has no date; add e.g. 'date: 1992-02-26'"],
            diags.Items.Select(x => x.ToString()));
    }

    [Fact]
    public void Malformed_yaml_and_wrong_shapes_are_errors()
    {
        Read("- date: [1991\n", out var a);
        Assert.True(a.HasErrors);
        Read("date: 1991\n", out var b);
        Assert.Equal("chronology.yaml:1:1: error: chronology.yaml must be a list of events, each starting with '- date: …'", b.Items.Single().ToString());
        Read("- date: 1991\n  text: x\n  approximate: maybe\n", out var c);
        Assert.StartsWith("chronology.yaml:3:16: error: approximate", c.Items.Single().ToString());
    }

    [Fact]
    public void Inline_notes_in_entries_become_notes_of_the_appendix()
    {
        var file = Read("- date: 1991\n  text: \"Event.^[A note.]\"\n", out var diags);
        Assert.Empty(diags.Items);
        var note = Assert.Single(file.Notes);
        Assert.Equal("d-chronology-fn1", note.Id);
        var div = ChronologyBuilder.BuildAppendix(Placeholder, file.Events, file.Notes);
        Assert.Single(div.Notes);
    }

    [Fact]
    public void The_real_chronology_loads_cleanly_and_in_order()
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Chapters, "chronology.yaml"));
        var file = Read(yaml, out var diags);
        Assert.Empty(diags.Items);
        Assert.True(file.Events.Count >= 40);
        var sorted = ChronologyBuilder.Sort(file.Events);
        // The file is written in the order the book prints it, so an editor reads the same sequence.
        Assert.Equal(file.Events.Select(e => e.Span.Line), sorted.Select(e => e.Span.Line));
        Assert.Equal("1926", sorted[0].DateText);
        Assert.Contains(sorted, e => e.DateText == "26 February 1992, 1\u20134 a.m.");
        Assert.Contains(sorted, e => e.DateText == "c. February\u2013March 1992");
        Assert.Contains(sorted, e => e.DateText == "c. 1985\u20131989");
        var texts = new YamlDotNet.RepresentationModel.YamlStream();
        texts.Load(new StringReader(yaml));
        var raw = ((YamlDotNet.RepresentationModel.YamlSequenceNode)texts.Documents[0].RootNode)
            .Select(n => ((YamlDotNet.RepresentationModel.YamlScalarNode)n["text"]).Value!).ToList();
        Assert.Equal(raw.Select(AsInChapter), file.Events.Select(e => Shape(e.Content)));
    }
}
