namespace Book.Tests.Covers;

/// <summary>Bad values under cover:, binding: and paper: are errors at their place in book.yaml, and nothing is written.</summary>
public sealed class CoverInputTests
{
    static CliRunner.Result Fails(string yamlTail, out TempProject project, params (string Path, byte[] Bytes)[] files)
    {
        project = TempProject.Create("# One\n\nText.\n", "title: Test Book\nslug: test-book\nchapters: [one.md]\n" + yamlTail, prefix: "covers-bad");
        foreach (var (path, bytes) in files) project.WriteBytes(path, bytes);
        var r = project.Build("pdf,print,epub");
        Assert.NotEqual(0, r.ExitCode);
        Assert.False(Directory.Exists(project.Out) && Directory.EnumerateFiles(project.Out).Any(), "a failed build wrote files");
        Assert.DoesNotContain("   at ", r.Stderr + r.Stdout);   // no stack trace
        return r;
    }

    [Fact]
    public void An_unknown_key_under_cover_is_an_error_with_a_did_you_mean()
    {
        var r = Fails("cover:\n  fornt: typographic\n", out var p);
        using (p) Assert.Contains("book.yaml:5:3: error: unknown key 'fornt' under 'cover'; did you mean 'front'?", r.Stderr + r.Stdout);
    }

    [Fact]
    public void A_missing_cover_picture_is_an_error_at_its_name()
    {
        var r = Fails("cover: { front: { image: art/missing.jpg, text: true } }\n", out var p);
        using (p)
        {
            Assert.Contains("book.yaml:4:26: error:", r.Stderr + r.Stdout);
            Assert.Contains("missing.jpg' not found", r.Stderr + r.Stdout);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_picture_is_refused()
    {
        var r = Fails("cover: { front: cover.jpg }\n", out var p, ("cover.jpg", "not a picture"u8.ToArray()));
        using (p) Assert.Contains("book.yaml:4:17: error: ", r.Stderr + r.Stdout);
    }

    [Fact]
    public void A_negative_caliper_is_an_error_at_its_value()
    {
        var r = Fails("cover: typographic\nbinding: { method: perfect }\npaper: { caliper: -1mm }\n", out var p);
        using (p) Assert.Contains("book.yaml:6:19: error: caliper '-1mm' must be", r.Stderr + r.Stdout);
    }

    [Theory]
    [InlineData("cover: { front: cover.txt }\n", "book.yaml:4:17: error: 'cover.txt' is not a picture file")]
    [InlineData("cover: { background: purple }\n", "book.yaml:4:22: error: background 'purple' must be a grey")]
    [InlineData("cover: { front: { image: a.jpg, text: maybe } }\n", "book.yaml:4:39: error: 'text' must be true or false")]
    [InlineData("cover: { back: { txt: b.md } }\n", "book.yaml:4:18: error: unknown key 'txt' under 'back'; did you mean 'text'?")]
    [InlineData("cover: typographic\nbinding: { method: spiral }\n", "book.yaml:5:20: error: binding method 'spiral' must be saddle-stitch or perfect")]
    [InlineData("cover: typographic\nbinding: { method: perfect, cover: self }\n", "book.yaml:5:36: error: a perfect-bound book cannot have a self-cover")]
    [InlineData("cover: typographic\nbinding: { cuver: separate }\n", "book.yaml:5:12: error: unknown key 'cuver' under 'binding'; did you mean 'cover'?")]
    [InlineData("cover: [front]\n", "book.yaml:4:8: error: 'cover' must be a mapping")]
    [InlineData("cover: { front: { image: \"a.jpg {.wide}\" } }\n", "book.yaml:4:26: error: '{.wide}' after the picture")]
    public void Bad_values_are_located_errors(string yamlTail, string expected)
    {
        var r = Fails(yamlTail, out var p);
        using (p) Assert.Contains(expected, r.Stderr + r.Stdout);
    }

    [Fact]
    public void A_back_cover_text_file_that_is_missing_is_an_error()
    {
        var r = Fails("cover: { back: blurb.md }\n", out var p);
        using (p) Assert.Contains("blurb.md' not found", r.Stderr + r.Stdout);
    }

    [Fact]
    public void A_cover_spread_without_covers_is_an_error_not_a_crash()
    {
        using var p = TempProject.Create("# One\n\nText.\n", "title: Test Book\nslug: test-book\nchapters: [one.md]\noutputs: [pdf, print-cover]\n", prefix: "covers-bad");
        var r = p.BuildAsListed();
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("book.yaml:4:16: error: the print-cover output needs covers", r.Stderr + r.Stdout);
        Assert.False(File.Exists(p.Pdf));
    }
}
