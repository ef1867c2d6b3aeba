namespace Book.Tests.Reliability;

/// <summary>The project every hostile case starts from: one chapter, slug "hostile".</summary>
public static class Hostile
{
    public static TempProject Project(string chapter, string? bookYaml = null, string prefix = "reliability") =>
        TempProject.Create(chapter, bookYaml ?? "title: Hostile Input\nslug: hostile\nchapters: [one.md]\n", prefix, slug: "hostile");
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
