
namespace Book.Tests.Typesetting;

/// <summary>
/// Whatever a note holds reaches the page of its mark: lists and quotes inside a note, and notes
/// in the colophon and the dedication, which are laid out apart from the chapters.
/// </summary>
public sealed class NoteBlockTests
{
    [Fact]
    public void A_list_and_a_quote_inside_a_note_print_at_the_foot_of_the_marks_page()
    {
        var md = "# One\n\nA sentence markhere with a note.[^a] More text follows it.\n\n"
            + "[^a]: The note opens notestart with a sentence.\n\n"
            + "    - listitemalpha of the note\n    - listitembeta of the note\n\n"
            + "    > quotedgamma words inside the note\n";
        var dir = TestProjects.Write("Note Blocks", ("one.md", md));
        var pages = PdfProbe.PdfToText(TestProjects.Build(dir, "note-blocks")).Split('\f');
        int mark = Array.FindIndex(pages, p => p.Contains("markhere"));
        Assert.True(mark >= 0, "the text with the mark is missing");
        var page = pages[mark];
        foreach (var word in new[] { "notestart", "listitemalpha", "listitembeta", "quotedgamma" })
            Assert.True(page.Contains(word), $"'{word}' is not on the page of the note's mark:\n{page}");
        // Read in order: the note's opening, its list, then its quote, all after the text.
        Assert.True(page.IndexOf("markhere", StringComparison.Ordinal) < page.IndexOf("notestart", StringComparison.Ordinal));
        Assert.True(page.IndexOf("notestart", StringComparison.Ordinal) < page.IndexOf("listitemalpha", StringComparison.Ordinal));
        Assert.True(page.IndexOf("listitembeta", StringComparison.Ordinal) < page.IndexOf("quotedgamma", StringComparison.Ordinal));
        // The list keeps its bullets.
        Assert.Contains("\u2022", page);
    }

    [Fact]
    public void Notes_in_the_colophon_and_the_dedication_print_on_their_pages()
    {
        var dir = TestProjects.Write("Quiet Pages", ("one.md", "# One\n\nThe chapter's text.\n"));
        var yaml = File.ReadAllText(Path.Combine(dir, "book.yaml"));
        File.WriteAllText(Path.Combine(dir, "book.yaml"), yaml + "colophon: colophon.md\ndedication: dedication.md\n");
        File.WriteAllText(Path.Combine(dir, "colophon.md"), "Printed colophontext in a small run.[^c]\n\n[^c]: colophonnote about the paper.\n");
        File.WriteAllText(Path.Combine(dir, "dedication.md"), "For dedicationtext the people.[^d]\n\n[^d]: dedicationnote about them.\n");
        var pages = PdfProbe.PdfToText(TestProjects.Build(dir, "quiet-pages")).Split('\f');
        foreach (var (text, note) in new[] { ("colophontext", "colophonnote"), ("dedicationtext", "dedicationnote") })
        {
            int at = Array.FindIndex(pages, p => p.Contains(text));
            Assert.True(at >= 0, $"'{text}' is missing");
            Assert.True(pages[at].Contains(note), $"the note '{note}' is not on the page of its mark:\n{pages[at]}");
            Assert.True(pages[at].IndexOf(text, StringComparison.Ordinal) < pages[at].IndexOf(note, StringComparison.Ordinal), "the note reads after its text");
            Assert.Equal(1, pages.Sum(p => CountOf(p, note)));
        }
    }

    static int CountOf(string s, string word)
    {
        int n = 0;
        for (int i = s.IndexOf(word, StringComparison.Ordinal); i >= 0; i = s.IndexOf(word, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
