using Book.Core.Markdown;
using Book.Core.Pipeline;
using Book.Model;

namespace Book.Tests.Typography;

/// <summary>Markdown through the parser and the typography stage, as a book in <c>language</c> gets it.</summary>
static class TypographyKit
{
    public static BookDocument Typeset(string markdown, string language = "en")
    {
        var parsed = new ChapterParser("t.md", "c1", new DiagnosticBag()).Parse(markdown);
        var meta = new BookMetadata("T", null, [], language, null, null, "t", null, new PageSetup(420, 595, 45, 57, 51, 40), 10.5);
        var book = new BookDocument(meta, [new Division(DivisionKind.Chapter, "c1", [], null, parsed.Blocks, parsed.Notes)]);
        return TypographyStage.Typeset(book);
    }

    /// <summary>The plain text of each paragraph (and heading) of the typeset Markdown, in order.</summary>
    public static List<string> Paragraphs(string markdown, string language = "en") =>
        Typeset(markdown, language).Divisions[0].Blocks.Select(b => b switch
        {
            Paragraph p => InlineText.Plain(p.Content),
            Heading h => InlineText.Plain(h.Content),
            _ => "",
        }).ToList();

    public static string One(string markdown, string language = "en") => Paragraphs(markdown, language)[0];
}
