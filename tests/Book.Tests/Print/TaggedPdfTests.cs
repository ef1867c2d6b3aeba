using System.Text.RegularExpressions;

namespace Book.Tests.Print;

/// <summary>
/// The reading edition as a tagged PDF. The real booklet is checked with `pdfinfo -struct`
/// (roles and nesting); text order with `pdfinfo -struct-text` on a small project, because
/// poppler re-reads a page per marked-content id and needs minutes for the whole book.
/// </summary>
[Collection(PrintBuildCollection.Name)]
public sealed class TaggedPdfTests(PrintBuildFixture build)
{
    const string Chapter = """
        # The first chapter

        An opening paragraph with a note.[^n1] It goes on.

        ## A section

        - first item
        - second item

        ::: {.table #tbl:pop source="data/pop.csv" caption="Populations"}
        :::

        Closing words after the table.

        [^n1]: The note's own text.
        """;

    [Fact]
    public void Is_marked_and_has_a_language()
    {
        Assert.Equal("yes", PdfProbe.PdfInfo(build.Reading)["Tagged"]);
        var root = Regex.Match(PdfProbe.Run("qpdf", "--show-object=trailer", build.Reading).StdOut, @"/Root (\d+) 0 R").Groups[1].Value;
        var catalog = PdfProbe.Run("qpdf", "--show-object=" + root, build.Reading).StdOut;
        Assert.Contains("/MarkInfo << /Marked true >>", catalog);
        Assert.Contains("/Lang (en)", catalog);
        Assert.Contains("/StructTreeRoot", catalog);
    }

    [Fact]
    public void The_booklets_structure_has_headings_paragraphs_notes_and_tables_in_book_order()
    {
        var r = PdfProbe.Run("pdfinfo", "-struct", build.Reading);
        Assert.Equal(0, r.ExitCode);
        var lines = r.StdOut.Split('\n').Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("Object ", StringComparison.Ordinal)).ToList();
        Assert.Equal("Document", lines[0]);
        string Role(string line) => line.Trim().Split(' ')[0];
        int Depth(string line) => (line.Length - line.TrimStart().Length) / 2;

        // One section per division; each chapter opens with its H1 and holds paragraphs, notes and (somewhere) a table.
        var sections = new List<List<string>>();
        foreach (var line in lines.Skip(1))
        {
            if (Depth(line) == 1) { Assert.Equal("Sect", Role(line)); sections.Add(new()); }
            else sections[^1].Add(new string(' ', 2 * (Depth(line) - 2)) + Role(line));
        }
        var chapters = sections.Where(s => s.Count > 0 && s[0] == "H1" && s.Contains("H2")).ToList();
        Assert.True(chapters.Count >= 10, $"{chapters.Count} chapter sections");
        var first = chapters.First(s => s.Contains("Table")); // chapter 1
        Assert.Equal("P", first[1]);
        Assert.Contains("  Note", first);                     // notes sit inside what cites them
        int table = first.IndexOf("Table");
        Assert.True(table > first.IndexOf("H2"), "table after the first section heading");
        Assert.Equal(["  Caption", "  TR", "    TH"], first.Skip(table + 1).Take(3));
        Assert.Contains(sections, s => s.Contains("Figure") && s[s.IndexOf("Figure") + 1] == "Caption");
        Assert.Contains(sections, s => s.Contains("L") && s.Contains("  LI") && s.Contains("    Lbl") && s.Contains("    LBody"));
        Assert.Contains(sections, s => s.Contains("TOC"));
    }

    [Fact]
    public void Struct_text_follows_the_reading_order_of_a_chapter()
    {
        string dir = TempProject.Create(Chapter, "title: Tagged\nlanguage: en\nchapters: [one.md]\n", "tagged", slug: "tagged")
            .Write("data/pop.csv", "Place,People\nKhojaly,7000\nAgdam,28000\n").Dir;
        var r = CliRunner.Run("build", dir, "-o", Path.Combine(dir, "out"), "--format", "pdf");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var text = PdfProbe.Run("pdfinfo", "-struct-text", Path.Combine(dir, "out", "tagged.pdf")).StdOut;

        int at = Find(text, @"\n {4}H1 \(block\)\n\s+""(Chapter 1)?The first chapter""");
        // The note mark is a /Span with /ActualText "[1]" nested in the paragraph's marked content; poppler's
        // -struct-text stops reading a marked-content id at the first nested EMC, so the words after the mark
        // (in the same MCID, as the content stream shows) are not in its dump. pdftotext reads them in place.
        at = Find(text, @"\n {4}P \(block\)\n\s+""An opening paragraph with a note.(\[1\]|1)( It goes on.)?""", at);
        at = Find(text, @"\n {6}Note \(inline\)\n\s+""1 The note[’']s own text.""", at);
        at = Find(text, @"\n {4}H2 \(block\)\n\s+""A section""", at);
        at = Find(text, @"\n {4}L \(block\)\n {6}LI \(block\)\n {8}Lbl \(block\)\n\s+""•""\n {8}LBody \(block\)\n {10}P \(block\)\n\s+""first item""", at);
        at = Find(text, @"\n {4}Table \(block\)\n {6}Caption\n\s+""Table ?1\.1\s?Populations""", at);
        at = Find(text, @"\n {6}TR\n {8}TH\n\s+""Place""\n {8}TH\n\s+""People""", at);
        at = Find(text, @"\n {6}TR\n {8}TD\n\s+""Khojaly""\n {8}TD\n\s+""7,000""", at);
        Find(text, @"\n {4}P \(block\)\n\s+""Closing words after the table.""", at);
        // The folio is furniture: it is nowhere in the structure.
        Assert.DoesNotMatch(@"""\d+""\n*$", text.TrimEnd());
    }

    [Fact]
    public void Running_heads_and_folios_are_artifacts()
    {
        var qdf = PdfProbe.Run("qpdf", "--qdf", "--object-streams=disable", build.Reading, "-").StdOut;
        Assert.Contains("/Artifact BMC", qdf);
        Assert.Matches(@"/P <</MCID \d+>> BDC", qdf);
        Assert.Matches(@"/Alt \(Bar chart of the people killed", qdf);
        // Every page that shows a folio paints it inside an artifact sequence: the last marked sequence
        // of a body page (folio at the foot, after the notes) is an artifact.
        var streams = Regex.Matches(qdf, @"stream\n(.*?)endstream", RegexOptions.Singleline).Select(m => m.Groups[1].Value)
            .Where(s => s.Contains(" BDC", StringComparison.Ordinal)).ToList();
        Assert.True(streams.Count > 40);
        Assert.All(streams.Where(s => s.Contains("/Artifact BMC", StringComparison.Ordinal)), s =>
            Assert.EndsWith("EMC", s.TrimEnd()));
        Assert.True(streams.Count(s => s.LastIndexOf("/Artifact BMC", StringComparison.Ordinal) > s.LastIndexOf(" BDC", StringComparison.Ordinal)) > 30);
    }

    static int Find(string text, string pattern, int after = 0)
    {
        var m = new Regex(pattern).Match(text, after);
        Assert.True(m.Success, $"not found after {after}: {pattern}\n{text}");
        return m.Index + m.Length;
    }
}
