namespace Book.Tests.Reliability;

/// <summary>
/// Project text quoted in a message reaches a terminal: ESC, BEL and bidirectional overrides from a
/// project file are shown as escapes, never obeyed (a recoloured or reversed message misleads).
/// </summary>
public sealed class TerminalSafetyTests
{
    [Fact]
    public void Control_and_bidi_characters_in_a_file_name_are_escaped_in_the_error()
    {
        // YAML's "\e" is ESC, "\a" BEL; U+202E reverses what follows it on screen.
        using var p = Hostile.Project("# One\n", "title: T\nslug: hostile\nchapters: [one.md, \"two\\e[31m\\a\\u202Eevil.md\"]\n");
        var r = p.Build();
        Sane.NoCrash(r);
        Assert.Equal(1, r.ExitCode);
        var all = r.Stdout + r.Stderr;
        Assert.DoesNotContain('\u001b', all);
        Assert.DoesNotContain('\u0007', all);
        Assert.DoesNotContain('\u202E', all);
        Assert.Contains(@"two\x1B[31m\x07\u202Eevil.md", r.Stderr);
    }

    [Fact]
    public void Json_diagnostics_escape_them_as_json_does()
    {
        using var p = Hostile.Project("# One\n", "title: T\nslug: hostile\nchapters: [one.md, \"two\\e[31m.md\"]\n");
        var r = CliRunner.Run("build", p.Dir, "-o", p.Out, "--diagnostics", "json");
        Assert.Equal(1, r.ExitCode);
        Assert.DoesNotContain('\u001b', r.Stdout);
        Assert.Contains(@"two\u001B[31m.md", r.Stdout);
    }

    [Fact]
    public void Control_and_bidi_characters_in_chapter_text_are_named_not_echoed()
    {
        // The over-wide word warning quotes the word, the missing-glyph warning names what it lacks.
        var word = "31415926535897932384626433832795028841971693993751058209749445923\u001b[31m\a\u202Eevil";
        using var p = Hostile.Project($"# One\n\nText {word} more.\n");
        var r = p.Build();
        Sane.Succeeds(r);
        var all = r.Stdout + r.Stderr;
        Assert.DoesNotContain('\u001b', all);
        Assert.DoesNotContain('\u0007', all);
        Assert.DoesNotContain('\u202E', all);
        Assert.Contains("a word is wider than the line", r.Stderr);
        Assert.Contains("has no glyph for U+001B, U+0007", r.Stderr);
    }
}
