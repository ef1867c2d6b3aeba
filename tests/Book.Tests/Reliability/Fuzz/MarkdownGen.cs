using FsCheck;
using FsCheck.Fluent;

namespace Book.Tests.Reliability.Fuzz;

/// <summary>
/// FsCheck generators of structured random book chapters: headings with ids, paragraphs with
/// emphasis, notes (referenced, inline, unused, missing), citations against a small sources.yaml
/// (valid, with locators, suppressed, unknown), cross-references (good and dangling), pipe tables
/// (ragged too), CSV tables, nested lists and quotes, and hostile text (long words, URLs, soft
/// hyphens, characters the font lacks, stray Markdown punctuation). Half the projects are "clean"
/// (every key, reference and id valid) so that layout is reached and exercised; the other half mix in
/// unknown keys, dangling references and duplicate ids, so that diagnostics are too. Both mix in
/// <see cref="HostileBlock"/>s, the shapes of issue 22, at a size set by <see cref="Scale"/>.
/// </summary>
public static class MarkdownGen
{
    public static readonly string[] SourceKeys = ["smith1992", "jones2024", "aliyev2025"];

    static Gen<string> Pick(params string[] xs) => Gen.Elements(xs);

    static readonly Gen<string> Word = Gen.Frequency(
        (30, Pick("the", "night", "town", "river", "snow", "forest", "road", "people", "witness", "report", "February", "hours", "families")),
        (6, Pick("Xocalı", "Ağdam", "Şuşa", "Əliyev", "Gəncə", "İsmayıl", "Çingiz", "Böyük", "Naxçıvan")),
        (2, Pick("1992", "613", "25–26", "3.5 %", "1,275", "p. 14")),
        (2, Pick("self-declared", "well-known", "north–south", "and/or")),
        (1, Pick("https://example.org/a/very/long/path/that/keeps/going/and/going/index.html", "www.example.com/x")),
        (1, Pick("Pneumonoultramicroscopicsilicovolcanoconiosis", "31415926535897932384626433832795028841971693993751", "super\u00ADcali\u00ADfragilistic")),
        (1, Pick("😀", "漢字", "مرحبا", "✡", "e\u0301", "A\uFE0F", "zero\u200Bwidth", "\u00A0", "tab\there")),
        (1, Pick("*", "_", "[", "]", "^[", "`", "<", "&amp;", "\\", "#", "|", ":::", "{#", "@", "[@", "[^")));

    static Gen<string> Words(int min, int max) =>
        from n in Gen.Choose(min, max)
        from ws in Gen.ListOf(Word, n)
        select string.Join(' ', ws);

    static Gen<string> Citation(bool clean) => Gen.Frequency(
        (6, Gen.Elements(SourceKeys).Select(k => $"[@{k}]")),
        (3, from k in Gen.Elements(SourceKeys) from p in Gen.Choose(1, 400) select $"[@{k}, p. {p}]"),
        (2, from a in Gen.Elements(SourceKeys) from b in Gen.Elements(SourceKeys) select $"[@{a}; @{b}]"),
        (2, Gen.Elements(SourceKeys).Select(k => $"[-@{k}]")),
        (2, Gen.Elements(SourceKeys).Select(k => $"@{k} says")),
        (clean ? 0 : 1, Pick("[@nobody]", "[@smith199]", "[@]", "[@smith1992, ]")));

    static Gen<string> CrossRef(bool clean) => clean ? Pick("@sec:ch1", "see @sec:ch1")
        : Pick("@sec:ch1", "@sec:ch2", "@tbl:data", "@tbl:csv", "@sec:nowhere", "@fig:none", "@tbl:");

    /// <summary>Inline content: words with emphasis, notes, citations, references, spans and links mixed in.</summary>
    static Gen<string> Inline(int depth, bool clean) => Gen.Frequency(
        (10, Words(1, 8)),
        (3, Citation(clean)),
        (2, Gen.Choose(1, 6).Select(n => $"[^n{n}]")),
        (2, depth > 0 ? Inline(depth - 1, clean).Select(s => $"^[{s}]") : Words(1, 5).Select(s => $"^[{s}]")),
        (2, CrossRef(clean)),
        (2, depth > 0 ? Inline(depth - 1, clean).Select(s => $"*{s}*") : Words(1, 3).Select(s => $"*{s}*")),
        (1, depth > 0 ? Inline(depth - 1, clean).Select(s => $"**{s}**") : Words(1, 3).Select(s => $"**{s}**")),
        (1, Words(1, 3).Select(s => $"`{s}`")),
        (1, Words(1, 2).Select(s => $"[{s}]{{lang=az}}")),
        (1, Words(1, 2).Select(s => $"[{s}]{{.index}}")),
        (1, Words(1, 3).Select(s => $"[{s}](https://example.org/{s.Length})")),
        (1, Words(1, 3).Select(s => $"[{s}](#sec:ch1)")));

    static Gen<string> Sentence(bool clean) =>
        from n in Gen.Choose(1, 6)
        from parts in Gen.ListOf(Inline(2, clean), n)
        from end in Pick(".", ".", ".", "?", "!", ";", "")
        select string.Join(' ', parts) + end;

    static Gen<string> Paragraph(bool clean) =>
        from n in Gen.Choose(1, 6)
        from ss in Gen.ListOf(Sentence(clean), n)
        select string.Join(' ', ss);

    static Gen<string> Heading(bool clean) =>
        from level in Gen.Choose(2, 4)
        from words in Words(1, 6)
        from id in clean ? Gen.Constant("") : Pick("", "", " {#sec:ch2}", " {#sec:ch1}", " {#sec:x}", " {#tbl:wrong}")
        select new string('#', level) + " " + words + id;

    static Gen<string> ListBlock(int depth, bool clean) =>
        from ordered in Gen.Elements(true, false)
        from n in Gen.Choose(1, 5)
        from items in Gen.ListOf(Gen.Frequency(
            (4, Paragraph(clean).Select(p => (p, (string?)null))),
            (depth > 0 ? 1 : 0, from p in Words(1, 5) from sub in ListBlock(depth - 1, clean) select (p, (string?)sub))), n)
        select string.Join('\n', items.Select((it, i) =>
        {
            string marker = ordered ? $"{i + 1}. " : "- ";
            string body = marker + it.Item1;
            if (it.Item2 is { } sub)
                body += "\n\n" + string.Join('\n', sub.Split('\n').Select(l => l.Length == 0 ? l : new string(' ', marker.Length) + l));
            return body;
        }));

    static Gen<string> Quote(int depth, bool clean) =>
        from inner in depth > 0 ? Gen.Frequency((3, Paragraph(clean)), (1, Quote(depth - 1, clean))) : Paragraph(clean)
        select string.Join('\n', inner.Split('\n').Select(l => "> " + l));

    static Gen<string> Cell(bool clean) => Gen.Frequency((6, Words(0, 4)), (2, Gen.Choose(0, 100000).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))), (1, Citation(clean)), (1, Gen.Constant("")));

    static Gen<string> PipeTable(bool clean) =>
        from cols in Gen.Choose(1, 5)
        from rows in Gen.Choose(0, 8)
        from header in Gen.ListOf(Words(1, 2), cols)
        from align in Gen.ListOf(Pick("---", ":--", "--:", ":-:"), cols)
        from body in Gen.ListOf(Gen.Choose(Math.Max(1, cols - 1), cols + 1).SelectMany(c => Gen.ListOf(Cell(clean), c)), rows)
        from caption in clean ? Pick("", "\n\nTable: Random data", "\n\n: Short caption")
            : Pick("", "\n\nTable: Random data {#tbl:data}", "\n\nTable: Another caption", "\n\n: Short caption {#tbl:csv}")
        select "| " + string.Join(" | ", header) + " |\n|" + string.Join('|', align) + "|\n"
            + string.Join('\n', body.Select(r => "| " + string.Join(" | ", r) + " |")) + caption;

    static Gen<string> CsvTable(bool clean) => clean ? Pick(
        "::: {.table source=\"data/figures.csv\" caption=\"Figures from CSV\"}\n:::",
        "::: {.table source=\"data/figures.csv\" caption=\"Cited figures\" cite-column=\"source\"}\n:::",
        "::: {.note}\nA fenced div with text.\n:::") : Pick(
        "::: {.table #tbl:csv source=\"data/figures.csv\" caption=\"Figures from CSV\"}\n:::",
        "::: {.table source=\"data/missing.csv\"}\n:::",
        "::: {.table #tbl:csv source=\"data/figures.csv\" caption=\"Cited figures\" cite-column=\"source\"}\n:::",
        "::: {.chart type=\"bar\" #fig:bars source=\"data/figures.csv\" label-column=\"label\" value-column=\"value\" caption=\"Bars\" alt=\"A chart\"}\n:::",
        "::: {.note}\nA fenced div with text.\n:::");

    /// <summary>
    /// How large the hostile shapes grow: 1 in CI (runs of tens of characters, a few thousand in a cell),
    /// more in the long fuzz (<c>bench/fuzz.sh</c> sets BOOK_FUZZ_SCALE=400: delimiter runs past the 14,000
    /// that once overflowed the stack).
    /// </summary>
    public static int Scale { get; set; } = Math.Max(1, int.TryParse(Environment.GetEnvironmentVariable("BOOK_FUZZ_SCALE"),
        System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 1);

    static Gen<int> Size(int perScale) => Gen.Choose(1, perScale * Scale);

    static readonly Gen<string> ControlText = Pick("\u001B[31mred\u001B[0m", "bell\a", "\u202Eevil\u202C", "\u0001\u0002", "del\u007F",
        "line\u2028sep", "\u200Frtl", "\uFEFFbom", "back\bspace", "cr\ronly", "\u0085next", "\uFFFEnon");

    /// <summary>
    /// The shapes issue 22 found crashing, hanging or running away: long runs of emphasis delimiters around a
    /// letter, unclosed and nested brackets, huge table cells and words, control and bidi characters, deep nesting.
    /// </summary>
    public static Gen<string> HostileBlock => Gen.Frequency(
        (3, from c in Pick("*", "_", "`", "~", "**", "=")
            from n in Size(40)
            select string.Concat(Enumerable.Repeat(c, n)) + "a" + string.Concat(Enumerable.Repeat(c, n))),
        (3, from open in Pick("[", "![", "[^", "^[", "{", "(", "[@", "<span>", "<")
            from close in Pick("]", "](", "}", ")", "", "]{lang=", "](<")
            from n in Size(40)
            select string.Concat(Enumerable.Repeat(open, n)) + "x" + string.Concat(Enumerable.Repeat(close, n))),
        (2, from n in Size(200)
            from w in Words(1, 3)
            select $"| a | b |\n|---|---|\n| {string.Join(' ', Enumerable.Repeat(w, n))} | {new string('9', n)} |"),
        (1, from n in Size(300) select "Before " + new string('7', n) + " after."),
        (2, from ws in Gen.ListOf(Gen.Frequency((3, Word), (2, ControlText)), 8) select string.Join(' ', ws)),
        (1, from n in Gen.Choose(1, 30 + 20 * Scale) select string.Concat(Enumerable.Repeat("> ", n)) + "deep"),
        (1, from n in Gen.Choose(1, 30 + 20 * Scale) select string.Join('\n', Enumerable.Range(0, n).Select(i => new string(' ', 2 * i) + "- item"))));

    static Gen<string> Block(bool clean) => Gen.Frequency(
        (2, HostileBlock),
        (10, Paragraph(clean)),
        (3, Heading(clean)),
        (3, ListBlock(3, clean)),
        (2, Quote(3, clean)),
        (2, PipeTable(clean)),
        (1, CsvTable(clean)),
        (1, Pick("---", "***", "```\ncode block\n  indented\n```", "<div>raw html</div>", "    indented code")));

    /// <summary>Note definitions for some of the marks [^n1]…[^n6]: others stay undefined, some are never used.</summary>
    static Gen<string> NoteDefinitions(bool clean) =>
        from ids in Gen.SubListOf(new[] { 1, 2, 3, 4, 5, 6, 7 })
        from texts in Gen.ListOf(Paragraph(clean), ids.Count)
        select string.Join("\n\n", ids.Zip(texts, (i, t) => $"[^n{i}]: {t}"));

    /// <summary>Chapter <paramref name="number"/>: its id is sec:ch1, sec:ch2…, so clean cross-references to sec:ch1 resolve.</summary>
    public static Gen<string> Chapter(int number, bool clean) =>
        from title in Words(1, 5)
        from id in clean ? Gen.Constant($" {{#sec:ch{number}}}") : Pick($" {{#sec:ch{number}}}", " {#sec:ch1}", "")
        from n in Gen.Choose(1, 10)
        from blocks in Gen.ListOf(Block(clean), n)
        from notes in NoteDefinitions(clean)
        select $"# {title}{id}\n\n" + string.Join("\n\n", blocks) + "\n\n" + notes + "\n";

    /// <summary>A project whose one chapter is mostly hostile shapes, between ordinary paragraphs.</summary>
    public static Gen<FuzzProject> HostileProject =>
        from n in Gen.Choose(1, 6)
        from blocks in Gen.ListOf(Gen.Frequency((3, HostileBlock), (1, Paragraph(true))), n)
        select new FuzzProject([$"# Hostile {{#sec:ch1}}\n\n" + string.Join("\n\n", blocks) + "\n"], []);

    public static readonly Gen<FuzzProject> Project =
        from clean in Gen.Elements(true, false)
        from count in Gen.Choose(1, 2)
        from chapters in Gen.CollectToArray(Enumerable.Range(1, count).Select(i => Chapter(i, clean)))
        from appendices in Gen.SubListOf(new[] { "bibliography", "index" })
        select new FuzzProject(chapters.ToArray(), appendices.ToArray());
}

/// <summary>One generated project; its text is what a failing case prints.</summary>
public sealed record FuzzProject(string[] Chapters, string[] Appendices)
{
    public const string Sources =
        "- id: smith1992\n  type: book\n  title: The Winter of 1992\n  author: [{family: Smith, given: Anna}]\n  publisher: Example Press\n  issued: {date-parts: [[1992]]}\n"
        + "- id: jones2024\n  type: article-newspaper\n  title: \"Thirty-two years on\"\n  container-title: The Daily Example\n  issued: {date-parts: [[2024, 2, 26]]}\n  URL: https://example.org/jones\n"
        + "- id: aliyev2025\n  type: webpage\n  title: \"Xocalı: a record\"\n  author: [{family: Əliyev, given: Rəşad}]\n  issued: {date-parts: [[2025, 2]]}\n";

    public const string Csv = "label,value,source\nKilled,613,smith1992\nWounded,487,jones2024;aliyev2025\nCaptured,1275,smith1992\n";

    public const string Index = "- term: Xocalı\n  variants: [Khojaly]\n- term: Ağdam\n- term: Şuşa\n";

    public string Write(string dir)
    {
        var names = Chapters.Select((_, i) => $"ch{i + 1}.md").ToArray();
        File.WriteAllText(Path.Combine(dir, "book.yaml"),
            $"title: Fuzz\nslug: fuzz\nchapters: [{string.Join(", ", names)}]\nappendices: [{string.Join(", ", Appendices)}]\noutputs: [pdf, epub]\n");
        for (int i = 0; i < Chapters.Length; i++) File.WriteAllText(Path.Combine(dir, names[i]), Chapters[i]);
        File.WriteAllText(Path.Combine(dir, "sources.yaml"), Sources);
        File.WriteAllText(Path.Combine(dir, "index.yaml"), Index);
        Directory.CreateDirectory(Path.Combine(dir, "data"));
        File.WriteAllText(Path.Combine(dir, "data", "figures.csv"), Csv);
        return dir;
    }

    public override string ToString() =>
        $"appendices [{string.Join(", ", Appendices)}]\n" + string.Join("\n", Chapters.Select((c, i) => $"--- ch{i + 1}.md ---\n{c}"));
}
