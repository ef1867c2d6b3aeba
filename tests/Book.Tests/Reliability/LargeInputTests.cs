using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Book.Tests.Reliability;

/// <summary>
/// Large inputs within bounded memory: a long table builds to both outputs with every row, and the
/// tool works under an address-space limit (<c>ulimit -v</c>), where the .NET runtime with glibc's
/// defaults used to fail before the book was read.
/// </summary>
[Trait("Category", "Slow")]
public sealed class LargeInputTests
{
    static TempProject TableBook(int rows)
    {
        var csv = new StringBuilder("name,value,note\n");
        for (int i = 0; i < rows; i++)
            csv.Append(CultureInfo.InvariantCulture, $"Row {i},{(i * 7919) % 99991},r{i:D6} words\n");
        var p = Hostile.Project("# One\n\nBefore.\n\n::: {.table #tbl:big source=\"data/big.csv\" caption=\"Big\"}\n:::\n\nAfter.\n");
        p.Write("data/big.csv", csv.ToString());
        return p;
    }

    [Fact]
    public void A_table_of_ten_thousand_rows_keeps_every_row_in_the_pdf_and_the_epub()
    {
        const int rows = 10_000;
        using var p = TableBook(rows);
        var r = p.Build("pdf,epub");
        Sane.Succeeds(r);

        var pdfRows = System.Text.RegularExpressions.Regex.Matches(p.PdfText(), @"r\d{6}").Select(m => m.Value).ToHashSet();
        Assert.Equal(rows, pdfRows.Count);

        using var zip = ZipFile.OpenRead(p.Epub);
        var xhtml = string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
            .Select(e => { using var s = new StreamReader(e.Open()); return s.ReadToEnd(); }));
        var epubRows = System.Text.RegularExpressions.Regex.Matches(xhtml, @"r\d{6}").Select(m => m.Value).ToHashSet();
        Assert.Equal(rows, epubRows.Count);
    }

    [Fact]
    public void A_table_of_100_000_rows_builds_under_an_address_space_limit_of_1_5_GB_with_every_row()
    {
        // Issue 22's case. Under the limit the tool holds its GC heap to 3/8 of it (549 MB); this table stopped
        // there with "out of memory" (the structure tree's per-element objects, and regions the layout had left
        // committed), nothing written. Under ulimit the runtime itself needs the arenas capped, as the tool does.
        const int rows = 100_000;
        using var p = TableBook(rows);
        var book = Path.Combine(AppContext.BaseDirectory, "book.dll");
        var script = $"ulimit -v 1500000 && exec dotnet '{book}' build '{p.Dir}' -o '{p.Out}' --format pdf,epub";
        var r = ProcessRunner.Run("bash", ["-c", script], new ProcessRunner.Options(
            Environment: new Dictionary<string, string?> { ["MALLOC_ARENA_MAX"] = null, ["DOTNET_GCHeapHardLimit"] = null },
            Timeout: TimeSpan.FromMinutes(3)));
        Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}\n{r.StdOut}\n{r.StdErr}");
        Assert.DoesNotContain("Exception", r.StdErr);

        using (var zip = ZipFile.OpenRead(p.Epub))
        {
            var xhtml = string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
                .Select(e => { using var s = new StreamReader(e.Open()); return s.ReadToEnd(); }));
            Assert.Equal(rows, System.Text.RegularExpressions.Regex.Matches(xhtml, @"r\d{6}").Select(m => m.Value).ToHashSet().Count);
        }
        // pdftotext takes over a minute and a half for all 3,712 pages (every row is there, checked by hand):
        // the first pages (title, contents, the chapter's opening: the table starts on page 7) and the last, and a
        // page count that holds 27 rows a page.
        int pages = PdfProbe.Pages(p.Pdf);
        Assert.True(pages > rows / 30, $"{pages} pages");
        Assert.Contains("r000000", PdfProbe.PdfToText(p.Pdf, 1, 10));
        Assert.Contains("r099999", PdfProbe.PdfToText(p.Pdf, pages - 2, pages));
    }

    /// <summary>The built tool in its own process, its GC heap held to <paramref name="heapMegabytes"/> (a bound on what the book may use).</summary>
    static ToolResult BuildInHeap(TempProject p, int heapMegabytes, string formats = "pdf") =>
        ProcessRunner.RunBook(["build", p.Dir, "-o", p.Out, "--format", formats], new ProcessRunner.Options(
            Environment: new Dictionary<string, string?> { ["DOTNET_GCHeapHardLimit"] = "0x" + ((long)heapMegabytes << 20).ToString("X", CultureInfo.InvariantCulture) },
            Timeout: TimeSpan.FromMinutes(2)));

    /// <summary><paramref name="count"/> characters drawn (seeded) from the <paramref name="size"/> that follow <paramref name="first"/>.</summary>
    static string RandomWord(int count, char first, int size)
    {
        var random = new Random(1992);
        var sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) sb.Append((char)(first + random.Next(size)));
        return sb.ToString();
    }

    static string Digits(int count) => RandomWord(count, '0', 10);

    static string Letters(int count) => RandomWord(count, 'a', 26);

    [Fact]
    public void A_word_of_two_million_digits_builds_in_seconds_within_a_224_MB_heap_and_keeps_every_digit()
    {
        // Digits: no hyphenation point, so every line of it is an emergency break (it took 2 minutes and 1.4 GB;
        // about 5 s alone now, the bound leaves room for a loaded machine).
        var word = Digits(2_000_000);
        using var p = Hostile.Project($"# One\n\nBefore {word} after.\n");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var r = BuildInHeap(p, 224, "pdf,epub");
        clock.Stop();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("a word is wider than the line", r.StdErr);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"took {clock.Elapsed}");

        // Every digit, in order, between the words around it (running heads and folios are not body text).
        // 960 pages: pdftotext gets more than the usual minute on a loaded machine.
        var text = ProcessRunner.Run("pdftotext", ["-enc", "UTF-8", p.Pdf, "-"], new ProcessRunner.Options(Timeout: TimeSpan.FromMinutes(4))).StdOut;
        var body = text.Split('\n').Select(l => l.Trim())
            .Where(l => l is not ("Hostile Input" or "One") && !System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d{1,4}$"));
        var joined = System.Text.RegularExpressions.Regex.Replace(string.Concat(body), @"\s+", "");
        Assert.Contains("Before" + word + "after.", joined);
        using var zip = ZipFile.OpenRead(p.Epub);
        Assert.Contains(zip.Entries, e => { using var s = new StreamReader(e.Open()); return s.ReadToEnd().Contains(word, StringComparison.Ordinal); });
    }

    [Fact]
    public void A_word_of_two_million_letters_builds_in_bounded_memory()
    {
        // Letters, which the patterns hyphenate: every few letters a hyphen, a fragment and a break made 33,000
        // loose lines and a 720 MB peak. The peak is the tool's own (BOOK_TIMINGS reads the kernel's high-water
        // mark), with the runtime's default heap, the PDF and the e-book: what a user's machine sees. Measured
        // 258-280 MB on the build machine (issue 22 asks under 300); the bound here leaves room for a machine
        // whose cache gives the collector a larger young generation, and still fails the old 720 MB.
        using var p = Hostile.Project($"# One\n\nBefore {Letters(2_000_000)} after.\n");
        var r = ProcessRunner.RunBook(["build", p.Dir, "-o", p.Out, "--format", "pdf,epub"], new ProcessRunner.Options(
            Environment: new Dictionary<string, string?> { ["BOOK_TIMINGS"] = "1", ["DOTNET_GCHeapHardLimit"] = null },
            Timeout: TimeSpan.FromMinutes(2)));
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("a word is wider than the line", r.StdErr);
        Assert.False(r.StdErr.Contains("too loose or too tight", StringComparison.Ordinal), r.StdErr);
        var peak = System.Text.RegularExpressions.Regex.Match(r.StdErr, @"timing peak-working-set ([\d.]+) MB");
        Assert.True(peak.Success, r.StdErr);
        double megabytes = double.Parse(peak.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(megabytes < 360, $"peak working set {megabytes} MB");
    }

    [Fact]
    public void A_word_of_letters_longer_than_any_word_is_not_hyphenated_and_its_lines_are_full_but_one()
    {
        // Past 1,000 letters a word is not hyphenated (TeX stops at 63): it is set in line-wide pieces like a run of digits.
        var word = Letters(20_000);
        using var p = Hostile.Project($"# One\n\nBefore {word} after.\n");
        var r = p.Build();
        Sane.Succeeds(r);
        Assert.False(r.Stderr.Contains("too loose or too tight", StringComparison.Ordinal), r.Stderr);
        // Each line of the word is one pdftotext word; letters differ in width, so fullness is measured, not counted.
        var lines = PdfProbe.Words(p.Pdf).Where(w => System.Text.RegularExpressions.Regex.IsMatch(w.Text, @"^[a-z]{20,}\W?$")).ToList();
        Assert.True(lines.Count > 200, $"{lines.Count} lines");
        Assert.DoesNotContain(lines, l => !char.IsLetter(l.Text[^1])); // no line of it ends in a hyphen
        double full = lines.Max(l => l.XMax - l.XMin);
        // The first and last share their lines with "Before" and "after.".
        var shortLines = lines[1..^1].Where(l => l.XMax - l.XMin < full * 0.97).ToList();
        Assert.True(shortLines.Count <= 1, string.Join('\n', shortLines));
    }

    [Fact]
    public void The_lines_of_a_long_word_are_full_but_one()
    {
        // 20,000 digits: set in line-wide pieces; only the line where the pieces meet the first line's break is short.
        var word = Digits(20_000);
        using var p = Hostile.Project($"# One\n\nBefore {word} after.\n");
        Sane.Succeeds(p.Build());
        var lines = PdfProbe.PdfToText(p.Pdf, layout: true).Split('\n').Select(l => l.Trim())
            .Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d{20,}$")).ToList();
        int longest = lines.Max(l => l.Length);
        Assert.True(lines.Count > 200, $"{lines.Count} lines");
        // Digits differ in width, so a full line holds a few more or fewer of them.
        var shortLines = lines.Where(l => l.Length < longest * 0.85).ToList();
        Assert.True(shortLines.Count <= 1, string.Join('\n', shortLines));
    }

    [Fact]
    public void Running_out_of_memory_is_an_error_that_says_so()
    {
        using var p = Hostile.Project($"# One\n\nBefore {Digits(2_000_000)} after.\n");
        var r = BuildInHeap(p, 96);
        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains("out of memory", r.StdErr);
        Assert.DoesNotContain("internal error", r.StdErr);
        Assert.False(File.Exists(p.Pdf));
    }

    [Fact]
    public void A_ten_megabyte_title_is_refused_at_its_place_quickly_and_in_little_memory()
    {
        var title = new string('T', 10_000_000);
        using var p = Hostile.Project("# One\n\nText.\n", $"title: {title}\nslug: hostile\nchapters: [one.md]\n");
        var r = BuildInHeap(p, 128);
        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains("book.yaml:1:8: error: the title has 10,000,000 characters; it may have at most 1,000", r.StdErr);
        Assert.True(r.StdErr.Length < 2000, "the message quotes the title"); // a located error, not 10 MB echoed back
    }

    [Fact]
    public void A_ten_megabyte_heading_is_refused_at_its_place()
    {
        using var p = Hostile.Project($"# {new string('H', 10_000_000)}\n\nText.\n");
        var r = BuildInHeap(p, 128);
        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains("one.md:1:1: error: a heading of 10,000,002 characters; headings are at most 1,000", r.StdErr);
        Assert.True(r.StdErr.Length < 2000, "the message quotes the heading");
    }
}
