using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Book.Tests.Conformance;

/// <summary>
/// The two renderers agree on what a book says: every block type, in every place the syntax allows
/// it (chapter body, footnote, table cell, colophon, a footnote of the colophon), carries a marker
/// word, and the word must be in the PDF's text (pdftotext) and in the EPUB's XHTML text alike.
/// One small real project is built per placement, in both formats. Cases that fail today are listed
/// in Conformance/known-failures.txt; a case fails the test if it fails and is not listed, AND if it
/// passes while listed, so the list stays honest: fix a renderer, then delete its lines.
/// </summary>
public sealed class RendererConformanceTests
{
    public static readonly string[] Blocks =
        ["paragraph", "heading", "bullet-list", "ordered-list", "block-quote", "thematic-break", "table", "chart", "code", "definition-list", "raw-html"];

    public static readonly string[] Placements = ["body", "footnote", "table-cell", "grid-cell", "colophon", "colophon-footnote"];

    public static readonly string[] Formats = ["pdf", "epub"];

    /// <summary>What the syntax allows where: a pipe table's cell holds inline text only; a grid table's cell
    /// holds paragraphs, lists, quotes, code and definitions (a heading, rule, table or chart there is out of place).</summary>
    static bool Allowed(string block, string placement) => placement switch
    {
        "table-cell" => block == "paragraph",
        "grid-cell" => block is "paragraph" or "bullet-list" or "ordered-list" or "block-quote" or "code" or "definition-list",
        _ => true,
    };

    static string Code(string s) => s switch
    {
        "paragraph" => "pa", "heading" => "hd", "bullet-list" => "ul", "ordered-list" => "ol", "block-quote" => "bq",
        "thematic-break" => "hr", "table" => "tb", "chart" => "ch", "code" => "cd", "definition-list" => "dl", "raw-html" => "rh",
        "body" => "bo", "footnote" => "fn", "table-cell" => "tc", "grid-cell" => "gc", "colophon" => "co", "colophon-footnote" => "cf",
        _ => throw new ArgumentException(s),
    };

    /// <summary>A word no hyphenator or ligature changes the letters of, unique to the case.</summary>
    public static string Marker(string block, string placement) => "zq" + Code(block) + Code(placement) + "x";

    /// <summary>The Markdown of every allowed block for a placement, each block carrying its marker;
    /// <paramref name="indent"/> indents the blocks after the first (continuation of a footnote).</summary>
    static string BlocksMarkdown(string placement, string indent)
    {
        var parts = BlockParts(placement);
        return string.Join("\n\n", parts.Select((p, i) => i == 0 ? p : Indent(p, indent))) + "\n";
    }

    /// <summary>Each block's Markdown with its marker, in the order of <see cref="Blocks"/>.</summary>
    static List<string> BlockParts(string placement)
    {
        string M(string block) => Marker(block, placement);
        return new List<string>
        {
            $"A paragraph with {M("paragraph")} in it.",
            $"### A heading {M("heading")}",
            $"- a bullet item {M("bullet-list")}\n- another item",
            $"1. an ordered item {M("ordered-list")}\n2. another item",
            $"> A quotation with {M("block-quote")} in it.",
            $"---\n\nAfter the break, {M("thematic-break")} follows.",
            $"| Column | Value |\n|---|---:|\n| {M("table")} | 1 |\n| other | 2 |\n\nTable: A small table {{#tbl:t{Code(placement)}}}",
            $"::: {{.chart type=\"bar\" #fig:c{Code(placement)} source=\"data/c.csv\" label-column=\"label\" value-column=\"value\" caption=\"A small chart\" alt=\"Two bars.\"}}\n:::",
            $"```\ncode {M("code")} here\n```",
            $"A term\n:   A definition with {M("definition-list")} in it.",
            $"<div class=\"aside\">An HTML block with <em>{M("raw-html")}</em> in it.</div>",
        };
    }

    /// <summary>A grid table with one row for each block a grid cell may hold, the block in the row's second cell.</summary>
    static string GridMarkdown(string placement)
    {
        var rows = Blocks.Zip(BlockParts(placement)).Where(x => Allowed(x.First, placement)).Select(x => (Name: x.First, Lines: x.Second.Split('\n'))).ToList();
        int left = rows.Max(r => r.Name.Length) + 2, right = rows.Max(r => r.Lines.Max(l => l.Length)) + 2;
        string border = "+" + new string('-', left) + "+" + new string('-', right) + "+\n";
        var sb = new System.Text.StringBuilder(border);
        foreach (var (name, lines) in rows)
        {
            for (int k = 0; k < lines.Length; k++)
                sb.Append("| ").Append((k == 0 ? name : "").PadRight(left - 1)).Append("| ").Append(lines[k].PadRight(right - 1)).Append("|\n");
            sb.Append(border);
        }
        return sb.ToString();
    }

    static string Indent(string text, string indent) =>
        indent.Length == 0 ? text : string.Join("\n", text.Split('\n').Select(l => l.Length == 0 ? l : indent + l));

    static TempProject Project(string placement)
    {
        string chapter = "# A chapter {#sec:one}\n\nThe chapter's first paragraph.\n\n";
        string? colophon = null;
        switch (placement)
        {
            case "body": chapter += BlocksMarkdown(placement, ""); break;
            case "footnote": chapter += "A sentence with a note.[^n]\n\n[^n]: " + BlocksMarkdown(placement, "    "); break;
            case "table-cell":
                chapter += $"| Column | Text |\n|---|---|\n| one | A cell with {Marker("paragraph", placement)} in it. |\n\nTable: Cells {{#tbl:cells}}\n";
                break;
            case "grid-cell": chapter += GridMarkdown(placement) + "\nTable: Blocks in cells {#tbl:grid}\n"; break;
            case "colophon": colophon = BlocksMarkdown(placement, ""); break;
            case "colophon-footnote": colophon = "The colophon, with a note.[^c]\n\n[^c]: " + BlocksMarkdown(placement, "    "); break;
        }
        var yaml = "title: Conformance\nslug: conformance\nlanguage: en\ndate: 2026-02-26\nchapters: [one.md]\n"
            + (colophon is null ? "" : "colophon: colophon.md\n");
        var p = TempProject.Create(chapter, yaml, "conformance", slug: "conformance");
        if (colophon is not null) p.Write("colophon.md", colophon);
        p.Write("data/c.csv", $"label,value\n{Marker("chart", placement)},3\nother,5\n");
        return p;
    }

    sealed record Outputs(string? Error, string Pdf, string Epub);

    static readonly ConcurrentDictionary<string, Lazy<Outputs>> Built = new();

    static Outputs Build(string placement) => Built.GetOrAdd(placement, pl => new Lazy<Outputs>(() =>
    {
        using var p = Project(pl);
        var r = p.Build("pdf,epub");
        if (r.ExitCode != 0) return new Outputs($"the {pl} project did not build:\n{r.Stderr}", "", "");
        return new Outputs(null, Normalize(PdfProbe.PdfToText(p.Pdf)), Normalize(EpubText(p.Epub)));
    })).Value;

    /// <summary>Words broken at line ends joined again, whitespace collapsed.</summary>
    static string Normalize(string text) =>
        Regex.Replace(Regex.Replace(text.Replace("\u00AD", ""), "[\u2010-](\r?\n)+", ""), @"\s+", " ");

    /// <summary>The text of every XHTML document of the book but the navigation (which repeats headings).</summary>
    static string EpubText(string epub)
    {
        using var zip = ZipFile.OpenRead(epub);
        var texts = new List<string>();
        foreach (var e in zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)
                     && !e.FullName.EndsWith("nav.xhtml", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var s = e.Open();
            texts.Add(XDocument.Load(s).Root!.Value);
        }
        return string.Join("\n", texts);
    }

    public static string Id(string block, string placement, string format) => $"{block} {placement} {format}";

    public static IEnumerable<(string Block, string Placement, string Format)> AllCases() =>
        from placement in Placements
        from block in Blocks
        where Allowed(block, placement)
        from format in Formats
        select (block, placement, format);

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (b, p, f) in AllCases()) data.Add(b, p, f);
        return data;
    }

    static string KnownFailuresPath => Path.Combine(RepoPaths.Root, "tests", "Book.Tests", "Conformance", "known-failures.txt");

    static readonly Lazy<HashSet<string>> Known = new(() => File.ReadAllLines(KnownFailuresPath)
        .Select(l => (l.IndexOf('#') is int hash and >= 0 ? l[..hash] : l).Trim())
        .Where(l => l.Length > 0)
        .Select(l => Regex.Replace(l, @"\s+", " "))
        .ToHashSet(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_block_shows_in_both_outputs_wherever_it_is_placed(string block, string placement, string format)
    {
        var outputs = Build(placement);
        Assert.True(outputs.Error is null, outputs.Error);
        var marker = Marker(block, placement);
        bool present = (format == "pdf" ? outputs.Pdf : outputs.Epub).Contains(marker, StringComparison.Ordinal);
        bool known = Known.Value.Contains(Id(block, placement, format));
        if (!present && !known)
            Assert.Fail($"{Id(block, placement, format)}: the marker '{marker}' is missing from the {format} text. "
                + "Fix the renderer, or (if the failure is known and tracked) add the line to Conformance/known-failures.txt.");
        if (present && known)
            Assert.Fail($"{Id(block, placement, format)} passes now: delete its line from Conformance/known-failures.txt.");
    }

    [Fact]
    public void Every_known_failure_names_a_case_of_the_matrix()
    {
        var cases = AllCases().Select(c => Id(c.Block, c.Placement, c.Format)).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(Known.Value.Where(k => !cases.Contains(k)));
    }
}
