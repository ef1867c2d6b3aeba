using System.Globalization;

namespace Book.Tests.Reliability;

/// <summary>
/// Same sources, same bytes: the built `book` run as a separate process under the Turkish,
/// German and C locales (ICU on, so the culture is real) and with one or two processors.
/// Turkish catches case mapping (I → ı), German catches decimal commas (10.5 → 105).
/// </summary>
public sealed class ReproducibilityTests
{
    /// <summary>A small project full of culture traps: a title whose slug needs case mapping, a decimal
    /// font size, dates, numbers in a table, letters that sort differently by culture, an index.</summary>
    static string TrapProject()
    {
        return TempProject.Empty("culture").Write("book.yaml",
            "title: \"ISTANBUL İZMİR IĞDIR\"\nlanguage: en\ndate: 2026-02-26\nfont-size: 10.5\n"
            + "page: { size: A5, top: 16.5mm, bottom: 20.25mm, inner: 18mm, outer: 14mm }\n"
            + "chapters: [one.md]\nappendices: [bibliography, index]\noutputs: [pdf, epub]\n")
            .Write("one.md",
            "# Içeri and İnce {#sec:one}\n\nŞuşa, Çanakkale, Ağdam, Zəngilan and Istanbul.[@book] "
            + "1,234.5 people; 3.75 % more; 26 February 1992.\n\n"
            + "| City | Value |\n|---|---:|\n| Iğdır | 1,234.5 |\n| İzmir | 0.25 |\n| ıslak | 12 |\n\nTable: Values {#tbl:v}\n")
            .Write("sources.yaml",
            "- id: book\n  type: book\n  title: \"İİ ii II ıı\"\n  author: [{family: Işık, given: İrem}]\n  issued: {date-parts: [[1992, 2, 26]]}\n")
            .Write("index.yaml",
            "- term: Istanbul\n- term: Iğdır\n- term: İzmir\n- term: Şuşa\n- term: Çanakkale\n- term: Zəngilan\n- term: Ağdam\n").Dir;
    }

    /// <summary>pdf and epub, built by a child process under the locale (shared with ThreadCountTests through ChildBuilds).</summary>
    static ChildBuilds.Result BuildInChild(string project, string locale, int processors) =>
        ChildBuilds.Build(project, "pdf,epub", locale, processors);

    static void AssertIdentical(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual, string what)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[name]), $"{name} differs {what}");
    }

    public static TheoryData<string> Projects => new() { "booklet", "traps" };

    [Theory]
    [MemberData(nameof(Projects))]
    [Trait("Category", "Slow")] // child dotnet processes
    public void Outputs_are_byte_identical_under_turkish_german_and_c_locales(string which)
    {
        var project = which == "booklet" ? RepoPaths.Chapters : TrapProject();
        var c = BuildInChild(project, "C", 2);
        Assert.Equal(2, c.Files.Count);
        foreach (var locale in new[] { "tr_TR.UTF-8", "de_DE.UTF-8" })
        {
            var other = BuildInChild(project, locale, 2);
            AssertIdentical(c.Files, other.Files, $"under {locale}");
            Assert.Equal(c.Stderr, other.Stderr);
        }
        if (which == "booklet")
        {
            // The real book draws every character it has: no placeholder anywhere.
            Assert.DoesNotContain("has no glyph", c.Stderr);
            Assert.Contains("khojaly-1992.pdf", c.Files.Keys);
        }
        else Assert.Contains("istanbul-izmir-igdir.pdf", c.Files.Keys);
    }

    [Fact]
    [Trait("Category", "Slow")] // child dotnet processes
    public void Outputs_are_byte_identical_with_one_or_two_processors()
    {
        var one = BuildInChild(RepoPaths.Chapters, "C.UTF-8", 1);
        var two = BuildInChild(RepoPaths.Chapters, "C.UTF-8", 2);
        AssertIdentical(one.Files, two.Files, "between 1 and 2 processors");
        Assert.Equal(one.Stderr, two.Stderr);
    }

    [Fact]
    public void The_cultures_used_above_really_differ_here()
    {
        // Guards the test itself: with ICU present these cultures change case mapping and numbers,
        // so identical outputs above mean the code is invariant, not that the culture was ignored.
        Assert.Equal("İ", "i".ToUpper(new CultureInfo("tr-TR")));
        Assert.Equal("10,5", 10.5.ToString(new CultureInfo("de-DE")));
        Assert.False(AppContext.TryGetSwitch("System.Globalization.Invariant", out bool invariant) && invariant);
    }
}
