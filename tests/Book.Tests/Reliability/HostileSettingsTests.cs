namespace Book.Tests.Reliability;

/// <summary>
/// Values a careless book.yaml, CSV or command line may hold, each refused with a located error
/// (or a usage error, exit 2) and nothing written: never an internal error.
/// </summary>
public sealed class HostileSettingsTests
{
    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1" + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        + "0000000000")]
    public void A_chart_value_that_is_not_a_finite_number_is_an_error_at_its_cell(string value)
    {
        using var p = Hostile.Project("# One\n\n::: {.chart type=\"bar\" source=\"data/d.csv\" #fig:b caption=\"B\" alt=\"Bars.\"}\n:::\n");
        p.Write("data/d.csv", $"name,value\na,1\nb,{value}\n");
        Sane.FailsWith(p.Build(), @"data/d\.csv:3:2: error: '.*' in column 'value' is not a number");
        Assert.False(Directory.Exists(p.Out));
    }

    [Fact]
    public void Margins_that_leave_no_text_block_are_an_error_at_the_page_setting()
    {
        using var p = Hostile.Project("# One\n\nText.\n", "title: T\nslug: hostile\nchapters: [one.md]\npage: { size: A5, inner: 70mm, outer: 70mm }\n");
        Sane.FailsWith(p.Build(), @"book\.yaml:4:7: error: the margins leave a text block of 8 × 174 mm; it must be at least 40 × 50 mm");
        Assert.False(Directory.Exists(p.Out));
    }

    [Fact]
    public void A_page_given_by_width_and_height_in_millimetres_is_accepted()
    {
        using var p = Hostile.Project("# One\n\nText.\n", "title: T\nslug: hostile\nchapters: [one.md]\npage: { width: 210mm, height: 297mm }\n");
        Sane.Succeeds(p.Build());
        Assert.Contains("595.276 x 841.89 pts", ProcessRunner.Run("pdfinfo", p.Pdf).StdOut);
    }

    [Theory]
    [InlineData("1000mm")]
    [InlineData("-0.1mm")]
    [InlineData("thick")]
    public void A_creep_beyond_any_paper_is_an_error(string creep)
    {
        using var p = Hostile.Project("# One\n\nText.\n", $"title: T\nslug: hostile\nchapters: [one.md]\ncreep: {creep}\n");
        Sane.FailsWith(p.Build("print"), @"book\.yaml:4:8: error: creep '.*' must be a length from 0 to 2mm");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_output_folder_is_a_usage_error(string output)
    {
        using var p = Hostile.Project("# One\n\nText.\n");
        var r = CliRunner.Run("build", p.Dir, "-o", output);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--output needs a folder name", r.Stderr);
    }

    [Fact]
    public void Book_new_onto_a_file_a_dangling_link_or_under_a_file_is_an_error()
    {
        using var p = Hostile.Project("# One\n");
        var file = Path.Combine(p.Dir, "afile");
        File.WriteAllText(file, "mine");
        var dangling = Path.Combine(p.Dir, "dangling");
        File.CreateSymbolicLink(dangling, Path.Combine(p.Dir, "nowhere"));
        foreach (var (target, message) in new[]
        {
            (file, "it is a file, not a folder"),
            (dangling, "it is a symbolic link to a place that does not exist"),
            (Path.Combine(file, "sub"), "is a file, so no folder can be made inside it"),
        })
        {
            var r = CliRunner.Run("new", target);
            Sane.NoCrash(r);
            Assert.Equal(1, r.ExitCode);
            Assert.Contains(message, r.Stderr);
        }
        Assert.Equal("mine", File.ReadAllText(file));
        Assert.False(File.Exists(Path.Combine(p.Dir, "nowhere")));
    }
}
