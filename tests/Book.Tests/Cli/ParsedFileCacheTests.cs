using Book.Build;
using Book.Cli;
using Book.Model;
using Book.Core.Pipeline;
using Book.Core.Sources;

namespace Book.Tests.Cli;

/// <summary>The cache `book watch` keeps between rebuilds: what it reuses, what it notices, and that reuse never changes the output.</summary>
public sealed class ParsedFileCacheTests
{
    static string BookletCopy()
    {
        var dir = Path.Combine(RepoPaths.TempDir("booklet"), "chapters");
        RepoPaths.CopyDir(RepoPaths.Chapters, dir);
        return dir;
    }

    static (Book.Model.BookDocument? Book, DiagnosticBag Diags) Load(string dir, ParsedFileCache cache)
    {
        var diags = new DiagnosticBag();
        cache.ResetCounts();
        return (BookLoader.Load(dir, diags, cache), diags);
    }

    [Fact]
    public void A_second_load_reuses_every_file_and_gives_the_same_diagnostics()
    {
        var dir = BookletCopy();
        var cache = new ParsedFileCache();
        var (first, d1) = Load(dir, cache);
        Assert.NotNull(first);
        int files = cache.Misses;
        Assert.True(files >= 13, $"{files} files parsed");
        var (second, d2) = Load(dir, cache);
        Assert.Equal(0, cache.Misses);
        Assert.Equal(files, cache.Hits);
        Assert.Equal(d1.Items.Select(d => d.ToString()), d2.Items.Select(d => d.ToString()));
        Assert.Equal(first!.Divisions.Select(d => d.Id), second!.Divisions.Select(d => d.Id));
    }

    [Fact]
    public void Editing_one_chapter_parses_only_that_chapter_again()
    {
        var dir = BookletCopy();
        var cache = new ParsedFileCache();
        Load(dir, cache);
        var path = Path.Combine(dir, "03-siege.md");
        File.AppendAllText(path, "\nA paragraph added while watching.\n");
        var (book, _) = Load(dir, cache);
        Assert.Equal(1, cache.Misses);
        Assert.Contains(book!.Divisions, d => Book.Model.InlineText.Plain(d.Blocks.OfType<Book.Model.Paragraph>().SelectMany(p => p.Content).ToList())
            .Contains("A paragraph added while watching.", StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_a_csv_parses_again_the_chapters_that_read_it()
    {
        var dir = CliTestKit.NewProject();
        var cache = new ParsedFileCache();
        Load(dir, cache);
        var csv = Path.Combine(dir, "data", "visitors.csv");
        File.WriteAllText(csv, File.ReadAllText(csv).Replace("2100", "2345"));
        var (_, _) = Load(dir, cache);
        Assert.Equal(1, cache.Misses);

        var outDir = RepoPaths.TempDir();
        var ctx = new BuildContext { Cache = cache };
        Assert.Equal(0, Builder.Build(dir, outDir, "pdf", true, TextWriter.Null, TextWriter.Null, ctx));
        Assert.Contains("Riverside park 2,345", CliTestKit.PdfText(Path.Combine(outDir, "a-town-remembered.pdf")));
    }

    [Fact]
    public void Editing_book_yaml_parses_everything_again()
    {
        var dir = CliTestKit.NewProject();
        var cache = new ParsedFileCache();
        Load(dir, cache);
        File.AppendAllText(Path.Combine(dir, "book.yaml"), "edition: \"Second edition\"\n");
        Load(dir, cache);
        Assert.Equal(0, cache.Hits);
        Assert.Equal(1, cache.Misses);
    }

    [Fact]
    public void A_parse_with_errors_is_not_kept_and_reports_again()
    {
        var dir = CliTestKit.NewProject();
        var chapter = Path.Combine(dir, "01-first-chapter.md");
        File.AppendAllText(chapter, "\n::: {.table source=\"data/missing.csv\"}\n:::\n");
        var cache = new ParsedFileCache();
        var (b1, d1) = Load(dir, cache);
        Assert.Null(b1);
        Assert.Contains(d1.Items, d => d.Message.Contains("missing.csv", StringComparison.Ordinal));
        var (_, d2) = Load(dir, cache);
        Assert.Equal(1, cache.Misses);
        Assert.Contains(d2.Items, d => d.Message.Contains("missing.csv", StringComparison.Ordinal));
        // Once the file appears, the chapter builds.
        File.WriteAllText(Path.Combine(dir, "data", "missing.csv"), "a,b\n1,2\n");
        var (b3, _) = Load(dir, cache);
        Assert.NotNull(b3);
    }

    [Fact]
    public void A_rebuild_from_the_cache_gives_the_same_bytes_as_a_fresh_build()
    {
        var dir = BookletCopy();
        var cache = new ParsedFileCache();
        var warm = RepoPaths.TempDir(); var fresh = RepoPaths.TempDir();
        Assert.Equal(0, Builder.Build(dir, warm, "pdf,epub", true, TextWriter.Null, TextWriter.Null, new BuildContext { Cache = cache }));
        var chapter = Path.Combine(dir, "05-victims.md");
        File.WriteAllText(chapter, File.ReadAllText(chapter) + "\nOne more paragraph, typed while the booklet was open.\n");
        var stderrWarm = new StringWriter(); var stderrFresh = new StringWriter();
        Assert.Equal(0, Builder.Build(dir, warm, "pdf,epub", true, TextWriter.Null, stderrWarm, new BuildContext { Cache = cache }));
        Assert.True(cache.Hits > 10);
        Assert.Equal(0, Builder.Build(dir, fresh, "pdf,epub", true, TextWriter.Null, stderrFresh));
        foreach (var f in new[] { "khojaly-1992.pdf", "khojaly-1992.epub" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(fresh, f)), File.ReadAllBytes(Path.Combine(warm, f)));
        Assert.Equal(stderrFresh.ToString(), stderrWarm.ToString());
    }
}
