using Book.Core.Indexing;
using Book.Core.Markdown;
using Book.Model;

namespace Book.Tests.Indexing;
// Book.Tests.Text (the line-breaking tests) would otherwise hide the model's Text record.
using Text = Book.Model.Text;

/// <summary>Builds small books from Markdown and shows marked text compactly: "[Agdam→ix:agdam:1]".</summary>
static class IndexTestKit
{
    public static IReadOnlyList<IndexDefinition> Defs(string yaml)
    {
        var diags = new DiagnosticBag();
        var defs = IndexReader.Read(yaml, diags);
        Assert.Empty(diags.Items);
        return defs;
    }

    public static Division Chapter(string id, string markdown)
    {
        var parsed = new ChapterParser(id + ".md", "d-" + id, new DiagnosticBag()).Parse(markdown);
        return new Division(DivisionKind.Chapter, id, parsed.Title, "1", parsed.Blocks, parsed.Notes);
    }

    public static BookDocument Book(params Division[] divisions) =>
        new(new BookMetadata("T", null, [], "en", null, null, "t", null, new PageSetup(1, 1, 0, 0, 0, 0), 10), divisions);

    public static IndexMarkResult Mark(string yaml, params Division[] divisions) =>
        IndexMarker.Mark(Book(divisions), Defs(yaml), _ => true);

    public static string Show(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        Text t => t.Value,
        IndexTerm t => "[" + Show(t.Content) + "\u2192" + t.EntryId + "]",
        Emphasis e => "*" + Show(e.Content) + "*",
        Strong s => "**" + Show(s.Content) + "**",
        Span s => "<" + Show(s.Content) + ">",
        Link l => "(" + Show(l.Content) + ")",
        NoteRef n => "^" + n.NoteId, // numbers are given later, by the resolve pipeline
        _ => InlineText.Plain([i]),
    }));

    public static string FirstParagraph(IndexMarkResult r, int division = 0) =>
        Show(r.Book.Divisions[division].Blocks.OfType<Paragraph>().First().Content);
}
