using System.Text;

namespace Book.Tests.Reliability;

/// <summary>A throwaway book project in a temporary folder: one chapter by default, more files on demand.</summary>
public sealed class TestProject
{
    public string Dir { get; }
    public string Out => Path.Combine(Dir, "out");

    TestProject(string dir) => Dir = dir;

    public static TestProject Create(string chapter, string? bookYaml = null, string prefix = "reliability")
    {
        var p = new TestProject(RepoPaths.TempDir(prefix));
        p.Write("book.yaml", bookYaml ?? "title: Hostile Input\nslug: hostile\nchapters: [one.md]\n");
        p.Write("one.md", chapter);
        return p;
    }

    public TestProject Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public TestProject WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(Dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public string Pdf => Path.Combine(Out, "hostile.pdf");
    public string Epub => Path.Combine(Out, "hostile.epub");

    public CliRunner.Result Build(string formats = "pdf") => CliRunner.Run("build", Dir, "-o", Out, "--format", formats);
    public CliRunner.Result Check() => CliRunner.Run("check", Dir);

    public string PdfText() => PdfTools.PdfToText(Pdf);
}

/// <summary>What every hostile case must show: a clean exit code and no trace of an exception.</summary>
public static class Sane
{
    public static void NoCrash(CliRunner.Result r)
    {
        Assert.True(r.ExitCode is 0 or 1, $"exit {r.ExitCode}\n{r.Stderr}");
        Assert.DoesNotContain("internal error", r.Stderr);
        Assert.DoesNotContain("Exception", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stdout);
    }

    public static void Succeeds(CliRunner.Result r)
    {
        NoCrash(r);
        Assert.True(r.ExitCode == 0, r.Stderr);
    }

    public static void FailsWith(CliRunner.Result r, string pattern)
    {
        NoCrash(r);
        Assert.Equal(1, r.ExitCode);
        Assert.Matches(pattern, r.Stderr);
        Assert.Matches(@"\d+ errors?, \d+ warnings?", r.Stderr);
    }
}
