using Book.Bench;
using Book.Synthetic;
using Book.Model;
using Book.Core.Pipeline;
using Book.Core.Sources;
using Book.Layout;
using Book.Layout.Blocks;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Bench.HotPaths;

/// <summary>
/// Inputs for the benchmarks, made once per process the way a build makes them: a synthetic
/// book (bench/Book.Bench's generator) loaded, resolved and typeset with the real pipeline.
/// </summary>
public static class Corpus
{
    const int Pages = 40;
    static readonly Lazy<Built> Value = new(Build);

    public sealed record Built(BookDocument Book, FontSet Fonts, BookStyle Style, PageTree Tree, Division Chapter, List<string> Words);

    public static Built Get() => Value.Value;

    static Built Build()
    {
        var dir = Path.Combine(Path.GetTempPath(), "book-hotpaths-" + Pages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!Directory.Exists(dir)) SyntheticBook.Write(dir, Pages);
        var diags = new DiagnosticBag();
        var book = BookLoader.Load(dir, diags) ?? throw new InvalidOperationException(string.Join("\n", diags.Items));
        var tree = Typesetter.Typeset(book, diags);
        var fonts = FontSet.Bundled();
        var style = new BookStyle(book.Meta.Page, book.Meta.FontSize, fonts);
        var chapter = book.Divisions.First(d => d.Kind == DivisionKind.Chapter);
        var words = new List<string>();
        foreach (var p in chapter.Blocks.OfType<Paragraph>())
            words.AddRange(InlineText.Plain(p.Content).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return new Built(book, fonts, style, tree, chapter, words);
    }

    /// <summary>A chapter's paragraphs as the setter receives them.</summary>
    public static List<List<StyledRun>> ChapterRuns(Built c)
    {
        var flattener = new InlineFlattener(_ => "12");
        return c.Chapter.Blocks.OfType<Paragraph>().Select(p => flattener.Flatten(p.Content, FontFlags.None, c.Style.BodySize, "en")).ToList();
    }

    public static BlockLayout Blocks(Built c, ParagraphSetter setter) =>
        new(c.Style, setter, new InlineFlattener(_ => "12"), new DiagnosticBag(), "en");
}
