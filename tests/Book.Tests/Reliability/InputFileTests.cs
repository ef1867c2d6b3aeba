using System.Diagnostics;
using System.Text;

namespace Book.Tests.Reliability;

/// <summary>
/// Files a hostile or careless project may hold: bad encodings, YAML bombs, paths out of the
/// project, missing and oversized files. Each is an error that names the place, and no output.
/// </summary>
public sealed class InputFileTests
{
    static byte[] Bytes(params object[] parts)
    {
        var list = new List<byte>();
        foreach (var p in parts)
            if (p is string s) list.AddRange(Encoding.UTF8.GetBytes(s));
            else list.AddRange((byte[])p);
        return list.ToArray();
    }

    [Fact]
    public void Invalid_utf8_is_an_error_with_its_byte_offset_line_and_column()
    {
        // "# One\n\n" is 7 bytes, "Caf" 3 more: the stray Latin-1 é is at byte 10, line 3, column 4.
        var p = Hostile.Project("").WriteBytes("one.md", Bytes("# One\n\nCaf", new byte[] { 0xE9 }, " au lait.\n"));
        var r = p.Build();
        Sane.FailsWith(r, @"one\.md:3:4: error: invalid UTF-8 at byte offset 10; save the file as UTF-8");
        Assert.False(Directory.Exists(p.Out));
    }

    [Fact]
    public void A_truncated_multibyte_sequence_at_the_end_is_found()
    {
        var p = Hostile.Project("").WriteBytes("one.md", Bytes("# One\n\nXocal", new byte[] { 0xC4 }));
        Sane.FailsWith(p.Build(), @"one\.md:3:6: error: invalid UTF-8 at byte offset 12");
    }

    [Fact]
    public void A_nul_byte_is_an_error_with_its_byte_offset()
    {
        // Multi-byte letters before the NUL: the offset counts bytes, the column counts characters.
        var p = Hostile.Project("").WriteBytes("one.md", Bytes("# One\n\nƏli\0 went home.\n"));
        Sane.FailsWith(p.Build(), @"one\.md:3:4: error: NUL character at byte offset 11; the file looks binary or damaged");
    }

    [Fact]
    public void Invalid_utf8_in_a_csv_source_names_the_csv()
    {
        var p = Hostile.Project("# One\n\n::: {.table #tbl:x source=\"data/x.csv\" caption=\"X\"}\n:::\n")
            .WriteBytes("data/x.csv", Bytes("name,value\nBak", new byte[] { 0xFF }, ",3\n"));
        Sane.FailsWith(p.Build(), @"data/x\.csv:2:4: error: invalid UTF-8 at byte offset 14");
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        var p = Hostile.Project("").WriteBytes("one.md", Bytes(new byte[] { 0xEF, 0xBB, 0xBF }, "# One\n\nWith a BOM.\n"));
        Sane.Succeeds(p.Build());
        Assert.Contains("With a BOM.", p.PdfText());
    }

    /// <summary>Nine lists of nine aliases, nine levels deep: 81 aliases that stand for 9^10 strings.</summary>
    static string Laughs(string indent)
    {
        var sb = new StringBuilder();
        sb.Append(indent).Append("l0: &l0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 10; i++)
            sb.Append(indent).Append($"l{i}: &l{i} [").Append(string.Join(',', Enumerable.Repeat($"*l{i - 1}", 9))).Append("]\n");
        return sb.ToString();
    }

    [Theory]
    [InlineData("chronology.yaml")]
    [InlineData("index.yaml")]
    [InlineData("book.yaml")]
    public void A_yaml_alias_bomb_is_refused_in_bounded_memory(string file)
    {
        var book = "title: Bomb\nslug: hostile\nchapters: [one.md]\nappendices: [chronology, index]\n";
        var p = Hostile.Project("# One\n\nText.\n", book)
            .Write("chronology.yaml", "- date: 1992-02-26\n  text: An event.\n")
            .Write("index.yaml", "- term: Khojaly\n");
        p.Write(file, (file == "book.yaml" ? book : "") + "laughs:\n" + Laughs("  ") + "boom: *l9\n");
        long before = GC.GetTotalAllocatedBytes(precise: false);
        var watch = Stopwatch.StartNew();
        var r = p.Build();
        watch.Stop();
        Sane.FailsWith(r, System.Text.RegularExpressions.Regex.Escape(file) + @":\d+:\d+: error: the YAML aliases here expand to more than 1,000,000 values");
        // Refused before anything walks it: a few MB of allocation, not gigabytes.
        Assert.True(GC.GetTotalAllocatedBytes(false) - before < 400L << 20, "allocated too much");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.False(Directory.Exists(p.Out));
    }

    [Fact]
    public void A_sources_file_with_too_many_aliases_is_refused()
    {
        var sb = new StringBuilder("- id: a\n  type: book\n  title: &t T\n");
        for (int i = 0; i < 1100; i++) sb.Append($"- id: s{i}\n  type: book\n  title: *t\n");
        var p = Hostile.Project("# One\n\nText [@a].\n").Write("sources.yaml", sb.ToString());
        Sane.FailsWith(p.Build(), @"sources\.yaml:\d+:\d+: error: the file uses more than 1000 YAML aliases");
    }

    [Theory]
    [InlineData("book.yaml")]
    [InlineData("sources.yaml")]
    public void Yaml_nested_beyond_the_limit_is_refused_quickly_without_a_stack_overflow(string file)
    {
        // 100,000 '[': YamlDotNet alone needs minutes for this, and a recursive reader overflows its stack.
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var p = Hostile.Project("# One\n\nText.\n");
        if (file == "book.yaml") p.Write(file, "title: Deep\nslug: hostile\nchapters: [one.md]\nx: " + deep + "\n");
        else p.Write(file, "- id: a\n  type: book\n  title: T\n  note: " + deep + "\n");
        var watch = Stopwatch.StartNew();
        var r = p.Build();
        Sane.FailsWith(r, System.Text.RegularExpressions.Regex.Escape(file) + @":\d+:\d+: error: YAML nested deeper than 64 levels");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    public void A_chapter_path_outside_the_project_is_refused(string path)
    {
        var p = Hostile.Project("# One\n\nText.\n", $"title: Out\nslug: hostile\nchapters: [one.md, \"{path}\"]\n");
        var r = p.Build();
        Sane.FailsWith(r, @"book\.yaml:3:\d+: error: '" + System.Text.RegularExpressions.Regex.Escape(path) + "' is outside the project folder");
        Assert.DoesNotContain("root:", r.Stderr);
        Assert.False(Directory.Exists(p.Out));
    }

    [Fact]
    public void A_csv_source_outside_the_project_is_refused()
    {
        var p = Hostile.Project("# One\n\n::: {.table #tbl:x source=\"../../etc/passwd\" caption=\"X\"}\n:::\n");
        var r = p.Build();
        Sane.FailsWith(r, @"one\.md:3:1: error: '\.\./\.\./etc/passwd' is outside the project folder");
        Assert.DoesNotContain("root:", r.Stderr);
    }

    [Fact]
    public void Nothing_outside_the_project_is_read_even_when_it_is_a_valid_chapter()
    {
        // A real chapter beside the project: if it were read, its text would reach the PDF.
        var outside = RepoPaths.TempDir("outside");
        File.WriteAllText(Path.Combine(outside, "secret.md"), "# Secret\n\nSECRET-TEXT-1992\n");
        var rel = Path.GetRelativePath(Path.GetTempPath(), Path.Combine(outside, "secret.md"));
        var p = Hostile.Project("# One\n\nText.\n", $"title: Out\nslug: hostile\nchapters: [one.md, \"../{rel}\"]\n");
        var r = p.Build();
        Sane.FailsWith(r, @"error: '\.\./.*secret\.md' is outside the project folder");
        Assert.DoesNotContain("SECRET-TEXT", r.Stderr + r.Stdout);
        Assert.False(Directory.Exists(p.Out));
    }

    [Fact]
    public void A_symbolic_link_that_leads_out_of_the_project_is_refused()
    {
        var outside = RepoPaths.TempDir("outside");
        File.WriteAllText(Path.Combine(outside, "secret.md"), "# Secret\n\nSECRET-TEXT-1992\n");
        var p = Hostile.Project("# One\n\nText.\n", "title: Link\nslug: hostile\nchapters: [one.md, linked.md, data/linked.md]\n");
        File.CreateSymbolicLink(Path.Combine(p.Dir, "linked.md"), Path.Combine(outside, "secret.md"));
        Directory.CreateSymbolicLink(Path.Combine(p.Dir, "data"), outside);
        var r = p.Build();
        Sane.FailsWith(r, @"book\.yaml:3:\d+: error: 'linked\.md' is outside the project folder");
        Assert.Matches(@"book\.yaml:3:\d+: error: 'data/linked\.md' is outside the project folder", r.Stderr);
        Assert.DoesNotContain("SECRET-TEXT", r.Stderr + r.Stdout);
        Assert.False(Directory.Exists(p.Out));
    }

    [Fact]
    public void A_symbolic_link_inside_the_project_is_followed()
    {
        var p = Hostile.Project("# One\n\nText.\n", "title: Link\nslug: hostile\nchapters: [one.md, two.md]\n")
            .Write("drafts/two.md", "# Two\n\nLINKED-INSIDE.\n");
        File.CreateSymbolicLink(Path.Combine(p.Dir, "two.md"), Path.Combine(p.Dir, "drafts", "two.md"));
        Sane.Succeeds(p.Build());
        Assert.Contains("LINKED-INSIDE.", p.PdfText());
    }

    [Fact]
    public void A_missing_chapter_is_an_error_at_its_line_in_book_yaml_and_check_agrees()
    {
        var p = Hostile.Project("# One\n\nText.\n", "title: Missing\nslug: hostile\nchapters:\n  - one.md\n  - nowhere.md\n");
        var r = p.Build();
        Sane.FailsWith(r, @"book\.yaml:5:5: error: file '.*nowhere\.md' not found");
        Assert.False(Directory.Exists(p.Out));
        var c = p.Check();
        Sane.FailsWith(c, @"book\.yaml:5:5: error: file '.*nowhere\.md' not found");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var p = Hostile.Project("");
        // 17 MiB of a valid chapter: the limit is about the size, not the content.
        using (var f = File.Create(Path.Combine(p.Dir, "one.md")))
        {
            var line = Encoding.UTF8.GetBytes("# One\n\n" + new string('a', 1000) + "\n");
            while (f.Length < 17L << 20) f.Write(line);
        }
        var r = p.Build();
        Sane.FailsWith(r, @"one\.md: error: file is 17 MiB; the limit is 16 MiB per file");
    }
}
