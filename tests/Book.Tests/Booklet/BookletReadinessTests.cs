using System.IO.Compression;
using System.Text.RegularExpressions;
using Book.Core.Chronology;
using Book.Model;

namespace Book.Tests.Booklet;

/// <summary>
/// The booklet is ready for a printer (issue 24): the print preflight passes, no text is left from a
/// template, and the chronology reads in date order, in chronology.yaml and in the PDF alike.
/// </summary>
public sealed class BookletReadinessTests(BookletBuildFixture booklet) : IClassFixture<BookletBuildFixture>
{
    // The untitled article keeps its bracketed description in the bibliography, as catalogues do; nowhere else.
    static readonly string[] Placeholders = ["[Editor", "to be supplied", "TODO", "lorem ipsum", "[Article on"];

    [Fact]
    public void Passes_the_print_preflight()
    {
        var r = CliRunner.Run("check", "--print", RepoPaths.Chapters);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("ready for print", r.Stdout);
    }

    [Fact]
    public void Has_no_placeholder_text_in_the_pdf_the_epub_or_their_metadata()
    {
        var pdf = BookletPdfTests.Normalize(PdfProbe.PdfToText(booklet.Pdf));
        foreach (var p in Placeholders) Assert.DoesNotContain(p, pdf, StringComparison.OrdinalIgnoreCase);
        // No editor is named, deliberately: no author in the PDF, no creator in the e-book.
        Assert.False(PdfProbe.PdfInfo(booklet.Pdf).ContainsKey("Author"));
        using var zip = ZipFile.OpenRead(booklet.Epub);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal) || e.FullName.EndsWith(".opf", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var text = reader.ReadToEnd();
            foreach (var p in Placeholders) Assert.DoesNotContain(p, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("dc:creator", text);
        }
    }

    static IReadOnlyList<ChronologyEvent> Events()
    {
        var diags = new DiagnosticBag();
        var file = ChronologyReader.Read(File.ReadAllText(Path.Combine(RepoPaths.Chapters, ChronologyReader.FileName)), diags);
        Assert.Empty(diags.Items);
        return file.Events;
    }

    [Fact]
    public void Chronology_yaml_is_written_in_date_order()
    {
        var events = Events();
        // The file reads in the order the book prints, so an editor sees the sequence a reader will.
        Assert.Equal(events.Select(e => e.Span.Line), ChronologyBuilder.Sort(events).Select(e => e.Span.Line));
        // And no entry is over before the one above it has begun.
        for (int i = 1; i < events.Count; i++)
        {
            var (from, _) = ChronologyOrder.Span(events[i - 1].Date);
            var (_, to) = ChronologyOrder.Span(events[i].Date);
            Assert.True(to > from, $"line {events[i].Span.Line} ({events[i].DateText}) is dated before line {events[i - 1].Span.Line} ({events[i - 1].DateText})");
        }
    }

    /// <summary>The first three words of the entry's text that no citation interrupts (a citation prints as a note number or a name).</summary>
    static string FirstWords(IReadOnlyList<Inline> content)
    {
        var run = new List<Inline>();
        foreach (var i in content.Append(new Citation([], false, null)))
        {
            if (i is not (Citation or NoteRef)) { run.Add(i); continue; }
            var words = InlineText.Plain(run).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 3) return string.Join(" ", words.Take(3));
            run.Clear();
        }
        throw new InvalidOperationException("an entry without three words in a row");
    }

    [Fact]
    public void The_pdf_prints_the_chronology_in_the_files_order()
    {
        // The file's straight apostrophes print curly, and no-break spaces tie some words: compared without either.
        static string Plain(string s) => Regex.Replace(s.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u00A0', ' ').Replace('\u202F', ' '), @"\s+", " ");
        // Note marks copy as "[12]" and stand after punctuation: taken out, so the words around them meet.
        var text = Plain(Regex.Replace(PdfProbe.PdfToText(booklet.Pdf, layout: true), @"\[\d+\]", ""));
        int at = text.IndexOf("The census records Armenians", StringComparison.Ordinal);
        Assert.True(at > 0, "the chronology's first entry is not in the PDF");
        var positions = new List<(int At, string Start)>();
        foreach (var e in Events())
        {
            var start = Plain(FirstWords(e.Content));
            int found = text.IndexOf(start, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{start}' (line {e.Span.Line}) is not in the chronology, or not after the entry above it");
            positions.Add((found, start));
            at = found + start.Length;
        }
        // The loosely dated events the review found out of place now follow what caused them.
        int Pos(string start) => positions.Single(p => p.Start.StartsWith(start, StringComparison.Ordinal)).At;
        Assert.True(Pos("After the massacre") > Pos("In the morning"));
        Assert.True(Pos("Over four days") > Pos("Shelling of"));
        Assert.True(Pos("Infantry units enter") < Pos("By this hour"));
        Assert.True(Pos("In the last") > Pos("The Karabakh authorities"));
    }
}
