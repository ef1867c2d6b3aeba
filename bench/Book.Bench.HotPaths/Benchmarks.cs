using BenchmarkDotNet.Attributes;
using Book.Fonts;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Text;
using Book.Pdf;
using Book.Pdf.Syntax;

namespace Book.Bench.HotPaths;

/// <summary>Shaping: cmap, ligatures and kerning for every word of a chapter.</summary>
[MemoryDiagnoser]
public class ShapingBenchmarks
{
    List<string> _words = null!;
    OpenTypeFont _font = null!;
    readonly ShapedText _buffer = new(64);

    [GlobalSetup] public void Setup() { var c = Corpus.Get(); _words = c.Words; _font = c.Fonts.Regular; }

    [Benchmark(Description = "shape a chapter's words")]
    public int ShapeWords()
    {
        int total = 0;
        foreach (var w in _words) { _font.ShapeInto(w, _buffer); total += _buffer.TotalAdvance; }
        return total;
    }
}

/// <summary>Hyphenation: Liang's patterns over every word of a chapter.</summary>
[MemoryDiagnoser]
public class HyphenationBenchmarks
{
    List<string> _words = null!;
    readonly Hyphenator _hyphenator = Hyphenator.ForLanguage("en");
    readonly int[] _positions = new int[64];

    [GlobalSetup] public void Setup() => _words = Corpus.Get().Words;

    [Benchmark(Description = "hyphenate a chapter's words")]
    public int HyphenateWords()
    {
        int n = 0;
        foreach (var w in _words) n += _hyphenator.GetBreaks(w, _positions);
        return n;
    }
}

/// <summary>Line breaking: whole paragraphs through the setter (shaping, hyphenation, Knuth–Plass, line building).</summary>
[MemoryDiagnoser]
public class LineBreakingBenchmarks
{
    Corpus.Built _c = null!;
    List<List<StyledRun>> _paragraphs = null!;
    ParagraphSpec _spec = null!;
    ParagraphSetter _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        _c = Corpus.Get();
        _paragraphs = Corpus.ChapterRuns(_c);
        _spec = new ParagraphSpec(_c.Style.TextWidth, _c.Style.Leading, Alignment.Justify, _c.Style.BodySize);
        _warm = new ParagraphSetter(_c.Fonts);
        foreach (var p in _paragraphs) _warm.Set(p, _spec, out _);
    }

    [Benchmark(Description = "set a chapter, fresh setter (words shaped and hyphenated)")]
    public int SetChapterCold()
    {
        var setter = new ParagraphSetter(_c.Fonts);
        int lines = 0;
        foreach (var p in _paragraphs) lines += setter.Set(p, _spec, out _).Count;
        return lines;
    }

    [Benchmark(Description = "set a chapter again (paragraph cache, as in a second pass)")]
    public int SetChapterCached()
    {
        int lines = 0;
        foreach (var p in _paragraphs) lines += _warm.Set(p, _spec, out _).Count;
        return lines;
    }
}

/// <summary>Page building: a chapter's lines and notes broken into pages.</summary>
[MemoryDiagnoser]
public class PageBuildingBenchmarks
{
    Corpus.Built _c = null!;
    List<VItem> _items = null!;
    FootnoteSet _notes = null!;

    [GlobalSetup]
    public void Setup()
    {
        _c = Corpus.Get();
        var blocks = Corpus.Blocks(_c, new ParagraphSetter(_c.Fonts));
        _items = blocks.Layout(_c.Chapter.Blocks);
        _notes = blocks.Notes(_c.Chapter.Notes);
    }

    [Benchmark(Description = "break a chapter into pages")]
    public int BuildPages() =>
        new PageBuilder(_c.Style.TextHeight, _c.Style.NoteLeading, _c.Style.NoteRuleGap, _notes).Build(_items, _c.Style.ChapterSink).Count;
}

/// <summary>Deflate and PDF writing: the writer's share of a build.</summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    Corpus.Built _c = null!;
    byte[] _content = null!;

    [GlobalSetup]
    public void Setup()
    {
        _c = Corpus.Get();
        // A real page's content stream, uncompressed, from the typeset corpus.
        using var ms = new MemoryStream();
        PdfWriter.Write(_c.Tree, ms, new PdfWriteOptions(Compress: false));
        var text = System.Text.Encoding.Latin1.GetString(ms.ToArray());
        int s = text.IndexOf("BT\n", StringComparison.Ordinal), e = text.IndexOf("endstream", s, StringComparison.Ordinal);
        _content = System.Text.Encoding.Latin1.GetBytes(text[s..e]);
    }

    [Benchmark(Description = "deflate one page's content stream")]
    public int Deflate() => Flate.Compress(_content).Length;

    [Benchmark(Description = "write the book's PDF (pages, fonts, subsets)")]
    public long WritePdf()
    {
        using var ms = new MemoryStream();
        PdfWriter.Write(_c.Tree, ms);
        return ms.Length;
    }
}
