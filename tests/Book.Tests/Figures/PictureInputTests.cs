using System.Text.RegularExpressions;
using Book.Build;
using Book.Model;

namespace Book.Tests.Figures;

/// <summary>
/// What a user is told when a picture cannot be used, and what is kept between builds: every refusal is an
/// error at the image's place in the Markdown (file:line:col), the build exits 1 and writes nothing; a
/// missing alt text or a picture too coarse for print is a warning at the same place.
/// </summary>
public sealed class PictureInputTests
{
    static CliRunner.Result Fails(TempProject p)
    {
        var r = p.Build("pdf,epub");
        Assert.Equal(1, r.ExitCode);
        Assert.False(File.Exists(p.Pdf) || File.Exists(p.Epub), "a failed build wrote output");
        Assert.DoesNotContain("   at ", r.Stderr); // no stack trace
        return r;
    }

    [Fact]
    public void A_missing_picture_is_an_error_at_its_reference()
    {
        using var p = TempProject.Create("# One\n\nText.\n\n![A view](views/none.png)\n", prefix: "fig-missing");
        var r = Fails(p);
        Assert.Matches(@"one\.md:5:1: error: file '(.*/)?views/none\.png' not found", r.Stderr);
    }

    [Fact]
    public void A_missing_picture_in_running_text_is_an_error_at_its_place_in_the_line()
    {
        using var p = TempProject.Create("# One\n\nSee ![icon](gone.png) here.\n", prefix: "fig-missing-inline");
        var r = Fails(p);
        Assert.Matches(@"one\.md:3:5: error: file '(.*/)?gone\.png' not found", r.Stderr);
    }

    [Fact]
    public void A_file_that_is_not_a_picture_is_an_error_naming_it_and_what_was_found()
    {
        using var p = TempProject.Create("# One\n\n![A view](view.png)\n", prefix: "fig-corrupt");
        p.Write("view.png", "this is text, not a picture");
        var r = Fails(p);
        Assert.Matches(@"one\.md:3:1: error: .*view\.png cannot be used as a picture: not a PNG, JPEG or SVG file", r.Stderr);
    }

    [Fact]
    public void A_truncated_png_is_an_error_not_a_crash()
    {
        using var p = TempProject.Create("# One\n\n![A view](view.png)\n", prefix: "fig-truncated");
        var png = TestPictures.Png(64, 64);
        p.WriteBytes("view.png", png[..(png.Length / 2)]);
        var r = Fails(p);
        Assert.Matches(@"one\.md:3:1: error: ", r.Stderr);
    }

    [Fact]
    public void A_picture_outside_the_project_is_refused()
    {
        using var p = TempProject.Create("# One\n\n![A view](../outside.png)\n", prefix: "fig-outside");
        File.WriteAllBytes(Path.Combine(Path.GetDirectoryName(p.Dir)!, "outside.png"), TestPictures.Png(8, 8));
        var r = Fails(p);
        Assert.Matches(@"one\.md:3:1: error: '\.\./outside\.png' is outside the project folder", r.Stderr);
    }

    [Fact]
    public void A_symbolic_link_to_a_picture_outside_the_project_is_refused()
    {
        using var p = TempProject.Create("# One\n\n![A view](linked.png)\n", prefix: "fig-symlink");
        var outside = Path.Combine(TestTemp.Root, "fig-outside-" + Guid.NewGuid().ToString("N") + ".png");
        File.WriteAllBytes(outside, TestPictures.Png(8, 8));
        File.CreateSymbolicLink(Path.Combine(p.Dir, "linked.png"), outside);
        var r = Fails(p);
        Assert.Matches(@"one\.md:3:1: error: .*outside the project", r.Stderr);
    }

    [Fact]
    public void A_figure_without_alt_text_is_a_warning_at_the_image()
    {
        using var p = TempProject.Create("# One\n\nText.\n\n![](plain.png)\n\nA ![](dot.png) in text.\n", prefix: "fig-noalt");
        p.WriteBytes("plain.png", TestPictures.Png(300, 200)).WriteBytes("dot.png", TestPictures.Png(8, 8));
        var r = p.Build("pdf,epub");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Matches(@"one\.md:5:1: warning: the figure has no alt text", r.Stderr);
        Assert.Matches(@"one\.md:7:3: warning: the image has no alt text", r.Stderr);
        // Without a caption it is a picture, not a numbered figure.
        Assert.DoesNotContain("Figure 1.1", PdfProbe.PdfToText(p.Pdf));
    }

    [Fact]
    public void A_picture_printed_below_two_hundred_ppi_is_named_by_a_warning()
    {
        using var p = TempProject.Create("# One\n\n![A coarse view](coarse.png){width=100%}\n\n![A fine view](fine.png){width=40%}\n", prefix: "fig-ppi");
        p.WriteBytes("coarse.png", TestPictures.Png(200, 150, 72)).WriteBytes("fine.png", TestPictures.Png(1200, 800, 300));
        var r = p.Build("pdf");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Matches(@"one\.md:3:1: warning: 'coarse\.png' prints at \d+ ppi at this size \(200×150 pixels", r.Stderr);
        Assert.DoesNotContain("fine.png", r.Stderr);
    }

    [Fact]
    public void A_picture_is_decoded_once_per_build_and_not_again_by_a_rebuild_that_finds_it_unchanged()
    {
        using var p = TempProject.Create("# One\n\n![A view](a.png)\n\nAgain: ![the view](a.png) and ![the same bytes](copy.png).\n", prefix: "fig-cache");
        var png = TestPictures.Png(120, 80);
        p.WriteBytes("a.png", png).WriteBytes("copy.png", png);
        var cache = new ParsedFileCache();
        var first = Publication.Build(p.Dir, new BuildOptions { OutDir = p.Out, Formats = "pdf,epub", Cache = cache });
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics.Items));
        // Two paths, one content: decoded once.
        Assert.Equal((1, 1), (cache.Pictures.Hits, cache.Pictures.Misses));
        var second = Publication.Build(p.Dir, new BuildOptions { OutDir = p.Out, Formats = "pdf,epub", Cache = cache });
        Assert.True(second.Succeeded);
        Assert.Equal(1, cache.Pictures.Misses);
        // A changed file is decoded afresh.
        p.WriteBytes("a.png", TestPictures.Png(60, 40));
        Publication.Build(p.Dir, new BuildOptions { OutDir = p.Out, Formats = "pdf", Cache = cache });
        Assert.Equal(2, cache.Pictures.Misses);
    }

    [Fact]
    public void A_book_without_pictures_decodes_nothing()
    {
        using var p = TempProject.Create("# One\n\nNo pictures here.\n", prefix: "fig-none");
        var cache = new ParsedFileCache();
        var r = Publication.Build(p.Dir, new BuildOptions { OutDir = p.Out, Formats = "pdf,epub", Cache = cache });
        Assert.True(r.Succeeded);
        Assert.Equal((0, 0), (cache.Pictures.Hits, cache.Pictures.Misses));
    }

    [Fact]
    public void A_figure_in_a_note_is_named_by_a_warning_and_its_caption_printed()
    {
        using var p = TempProject.Create("# One\n\nText with a note.[^n]\n\n[^n]: A note.\n\n    ![Noted view](view.png)\n", prefix: "fig-note");
        p.WriteBytes("view.png", TestPictures.Png(120, 80));
        var r = p.Build("pdf");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Matches(@"one\.md:7:5: warning: a figure in a note or a table cell is not printed", r.Stderr);
        Assert.Contains("Noted view", p.PdfText());
        Assert.Empty(TestPictures.List(p.Pdf));
    }
}
