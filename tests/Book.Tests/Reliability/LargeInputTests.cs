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
    public void The_tool_builds_under_an_address_space_limit_of_1_5_GB()
    {
        using var p = TableBook(5_000);
        var book = Path.Combine(AppContext.BaseDirectory, "book.dll");
        var script = $"ulimit -v 1500000 && exec dotnet '{book}' build '{p.Dir}' -o '{p.Out}' --format pdf,epub";
        var r = ProcessRunner.Run("bash", ["-c", script], new ProcessRunner.Options(
            Environment: new Dictionary<string, string?> { ["MALLOC_ARENA_MAX"] = null, ["DOTNET_GCHeapHardLimit"] = null },
            Timeout: TimeSpan.FromMinutes(3)));
        Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}\n{r.StdOut}\n{r.StdErr}");
        Assert.DoesNotContain("Exception", r.StdErr);
        Assert.True(new FileInfo(p.Pdf).Length > 0 && new FileInfo(p.Epub).Length > 0);
    }
}
