using Book.Tests.Figures;

namespace Book.Tests.Preflight;

/// <summary>`book check --print`: a book ready for a printer passes; each thing a printer would stop at is a located warning and exit 1.</summary>
public class PrintPreflightTests
{
    /// <summary>A small book that is ready: an editor, a date, a cover, eight pages or fewer without a print edition.</summary>
    const string Ready = "title: Ready Book\nslug: ready\neditors: [\"A. Editor\"]\ndate: 2026-02-26\ncover: { front: typographic }\nchapters: [one.md]\n";
    const string Chapter = "# One\n\nA short chapter with a paragraph of plain text.\n";

    static CliRunner.Result Check(TempProject p) => CliRunner.Run("check", "--print", p.Dir);

    static string[] Warnings(CliRunner.Result r) =>
        r.Stderr.Split('\n').Where(l => l.Contains(": warning: ", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void A_ready_book_passes_and_writes_nothing()
    {
        using var p = TempProject.Create(Chapter, Ready);
        var r = Check(p);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Empty(Warnings(r));
        Assert.Contains("ready for print", r.Stdout);
        Assert.False(Directory.Exists(p.Out));
    }

    [Fact]
    public void Placeholder_text_is_found_where_it_is_in_the_chapter_and_in_book_yaml()
    {
        using var p = TempProject.Create("# One\n\nThe town had TODO inhabitants.\n\nSee [a link](https://example.org) and a [*Title*]{.smallcaps} span.\n",
            Ready.Replace("editors: [\"A. Editor\"]", "editors: [\"[Editor's name — to be supplied by the publisher]\"]"));
        var r = Check(p);
        Assert.Equal(1, r.ExitCode);
        var w = Warnings(r);
        Assert.Contains(w, l => l.StartsWith(Path.Combine(p.Dir, "one.md").Replace('\\', '/') + ":3:14: warning: placeholder text \u201CTODO\u201D", StringComparison.Ordinal));
        Assert.Contains(w, l => l.Contains("book.yaml:3:", StringComparison.Ordinal) && l.Contains("\u201C[Editor's name \u2014 to be supplied by the publisher]\u201D", StringComparison.Ordinal));
        Assert.Equal(2, w.Length); // the link and the span are Markdown, not template text
        Assert.Contains("not ready for print: 2 findings", r.Stderr);
    }

    [Fact]
    public void A_missing_cover_editor_and_date_are_each_named_at_book_yaml()
    {
        using var p = TempProject.Create(Chapter, "title: Bare Book\nslug: bare\nchapters: [one.md]\n");
        var r = Check(p);
        Assert.Equal(1, r.ExitCode);
        var w = Warnings(r);
        Assert.Contains(w, l => l.Contains("book.yaml:1:1: warning: the book has no cover; add cover:", StringComparison.Ordinal));
        Assert.Contains(w, l => l.Contains("book.yaml:1:1: warning: no editor or author is named", StringComparison.Ordinal));
        Assert.Contains(w, l => l.Contains("book.yaml:1:1: warning: the edition has no date", StringComparison.Ordinal));
    }

    [Fact]
    public void Editors_none_is_a_deliberate_choice_the_preflight_accepts()
    {
        using var p = TempProject.Create(Chapter, Ready.Replace("editors: [\"A. Editor\"]", "editors: none"), slug: "ready");
        var r = Check(p);
        Assert.True(r.ExitCode == 0, r.ToString());
        // And nobody called "none" appears as the author.
        Assert.Equal(0, p.Build().ExitCode);
        Assert.False(PdfProbe.PdfInfo(p.Pdf).TryGetValue("Author", out var author) && author.Contains("none"), author);
    }

    [Fact]
    public void A_low_resolution_picture_is_named_with_its_ppi_at_its_figure()
    {
        // 300 pixels across a 10 cm measure: about 76 ppi.
        using var p = TempProject.Create("# One\n\nText.\n\n![A small gradient](small.png){width=100%}\n\n![A sharp gradient](sharp.png){width=2cm}\n", Ready);
        p.WriteBytes("small.png", TestPictures.Png(300, 200, ppi: 72));
        p.WriteBytes("sharp.png", TestPictures.Png(600, 400, ppi: 300));
        var r = Check(p);
        Assert.Equal(1, r.ExitCode);
        var w = Assert.Single(Warnings(r), l => l.Contains("ppi", StringComparison.Ordinal));
        Assert.True(Warnings(r).Length == 1, r.Stderr);
        Assert.Contains("one.md:5:", w);
        // The layout's own warning, which the preflight counts as a finding.
        Assert.Matches(@"'small\.png' prints at \d\d ppi at this size .*200 ppi or more", w);
    }

    [Fact]
    public void A_low_resolution_picture_in_a_line_of_text_is_named_too()
    {
        // 40 pixels across 2 cm: about 51 ppi.
        using var p = TempProject.Create("# One\n\nA mark ![a small mark](mark.png){width=2cm} in the text.\n", Ready);
        p.WriteBytes("mark.png", TestPictures.Png(40, 40, ppi: 72));
        var r = Check(p);
        Assert.Equal(1, r.ExitCode);
        var w = Assert.Single(Warnings(r));
        Assert.Contains("one.md:3:", w);
        Assert.Matches(@"'mark\.png' prints at 5\d ppi", w);
    }

    [Fact]
    public void A_picture_without_alt_text_is_a_finding()
    {
        using var p = TempProject.Create("# One\n\nText with a picture ![](sharp.png){width=1cm} inline.\n", Ready);
        p.WriteBytes("sharp.png", TestPictures.Png(600, 400, ppi: 300));
        var r = Check(p);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(Warnings(r), l => l.Contains("one.md:3:", StringComparison.Ordinal) && l.Contains("has no alt text", StringComparison.Ordinal));
    }

    [Fact]
    public void A_booklet_not_in_whole_sheets_is_a_finding_unless_its_blanks_are_allowed()
    {
        // One chapter after a typographic cover: pages that do not fill whole sheets of four.
        var yaml = Ready + "outputs: [pdf, print]\n";
        using var p = TempProject.Create(Chapter, yaml, slug: "ready");
        Assert.Equal(0, p.Build("pdf").ExitCode);
        int pages = PdfProbe.Pages(p.Pdf);
        var r = Check(p);
        if (pages % 4 == 0) { Assert.Equal(0, r.ExitCode); return; }
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(Warnings(r), l => l.Contains($"the booklet has {pages} pages, not a multiple of four", StringComparison.Ordinal));
        p.Write("book.yaml", yaml + "print: { blank-pages: allowed }\n");
        Assert.Equal(0, Check(p).ExitCode);
    }

    [Fact]
    public void Every_font_of_the_pdf_is_checked_for_its_embedded_program()
    {
        var diags = new Book.Model.DiagnosticBag();
        var pdf = System.Text.Encoding.Latin1.GetBytes(
            "%PDF-1.7\n1 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n" +
            "2 0 obj\n<< /Type /FontDescriptor /FontName /ABCDEF+Literata /Flags 4 /FontFile2 3 0 R >>\nendobj\n" +
            "4 0 obj\n<< /Type /FontDescriptor /FontName /Bare /Flags 4 >>\nendobj\n");
        Book.Build.Preflight.EmbeddedFonts.Check(pdf, "x.pdf", "book.yaml", diags);
        var names = diags.Items.Select(d => d.Message).ToList();
        Assert.Equal(2, names.Count);
        Assert.Contains(names, m => m.Contains("the font Bare is not embedded"));
        Assert.Contains(names, m => m.Contains("the font Helvetica is not embedded"));
    }
}
