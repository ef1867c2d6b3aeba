using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Tests.Performance;

/// <summary>
/// The paragraph setter caches shaped words and whole set paragraphs. A cached answer must be
/// the answer a fresh setter gives, callers must be free to change the lines they get, and
/// the setter must give the same lines when several threads use it at once.
/// </summary>
public sealed class ParagraphSetterCacheTests
{
    static readonly FontSet Fonts = FontSet.Bundled();

    static readonly string[] Texts =
    [
        "Responsibility for the humanitarian consequences was established by the international commission, subsequently and characteristically.",
        "The administration of Xocalı and Ağdam recorded approximately 613 civilians; https://example.org/a/very/long/path/of-the-report was cited.",
        "Short line by Mkhitaryanovskiyevichovsky.", // a capitalised long word: no hyphenation, so emergency breaks when narrow
        "Nevertheless, the representatives\u00A0of the delegation — well-informed correspondents — described extraordinary circumstances.",
        // Longer than the cache keeps: set afresh each time, and still the same.
        "Over four days, about two hundred bodies were brought to Aghdam, where the mosque served as a morgue; photographers and " +
        "correspondents from several countries recorded what they saw, and their reports reached the international press within the week.",
    ];

    static List<StyledRun> Runs(string text, FontFlags flags = FontFlags.None, double size = 10.5) =>
        [new StyledRun(text, flags, size, "en"), new StyledRun("1", FontFlags.None, size * 0.68, null, Rise: 3, NoteId: "n1", NoBreak: true)];

    static readonly ParagraphSpec[] Specs =
    [
        new(312, 13, Alignment.Justify, 12),
        new(200, 13, Alignment.Justify),
        new(150, 12, Alignment.Left, 0, 0, 15, true),
        new(312, 13, Alignment.Center, 0, 0, 0, false),
        // So narrow that long words need emergency breaks: the cached word is split per paragraph.
        new(45, 12, Alignment.Justify, 0, 0, 0, true, "en", EmergencyBreaks: true),
    ];

    [Fact]
    public void A_cached_paragraph_is_what_a_fresh_setter_sets()
    {
        var shared = new ParagraphSetter(Fonts);
        foreach (var text in Texts)
            foreach (var spec in Specs)
                foreach (var flags in new[] { FontFlags.None, FontFlags.Italic })
                {
                    var expected = new ParagraphSetter(Fonts).Set(Runs(text, flags), spec, out int expectedBad);
                    for (int round = 0; round < 2; round++)
                    {
                        var got = shared.Set(Runs(text, flags), spec, out int bad);
                        Assert.Equal(expectedBad, bad);
                        Assert.Equal(Describe(expected), Describe(got));
                    }
                }
    }

    [Fact]
    public void Changing_returned_lines_does_not_change_later_answers()
    {
        var setter = new ParagraphSetter(Fonts);
        var first = setter.Set(Runs(Texts[0]), Specs[1], out _);
        string before = Describe(first);
        foreach (var l in first) { l.Pieces.Insert(0, l.Pieces[0] with { X = -50, Text = "label" }); l.AddMark(new LineMark(0, 10, "https://example.org", null, null)); l.Shift(3); l.AddNote("n-x"); l.Width = 1; }
        Assert.Equal(before, Describe(setter.Set(Runs(Texts[0]), Specs[1], out _)));
    }

    [Fact]
    public void Concurrent_use_gives_the_same_lines_as_sequential_use()
    {
        var jobs = (from t in Texts from s in Specs from f in new[] { FontFlags.None, FontFlags.Bold, FontFlags.Italic } select (t, s, f)).ToArray();
        var sequential = new ParagraphSetter(Fonts);
        var expected = jobs.Select(j => Describe(sequential.Set(Runs(j.t, j.f), j.s, out _))).ToArray();
        var shared = new ParagraphSetter(Fonts);
        var got = new string[jobs.Length * 8];
        Parallel.For(0, got.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var j = jobs[i % jobs.Length];
            got[i] = Describe(shared.Set(Runs(j.t, j.f), j.s, out _));
        });
        for (int i = 0; i < got.Length; i++) Assert.Equal(expected[i % jobs.Length], got[i]);
    }

    /// <summary>Everything about the lines that ends up on a page, as text (glyph arrays compared by content).</summary>
    static string Describe(List<TextLine> lines) => string.Join("\n", lines.Select(l =>
        $"w={l.Width:R} bad={l.Bad} hy={l.EndsWithHyphen} notes={string.Join(",", l.NoteIds)} marks={string.Join(";", l.Marks)} | " +
        string.Join(" ", l.Pieces.Select(p => $"[{p.Font.PostScriptName} {p.Size:R} x={p.X:R} rise={p.Rise:R} '{p.Text}' w={p.Width:R} " +
            string.Join(",", p.Glyphs.Select(g => $"{g.Glyph}:{g.Advance:R}:{g.Cluster}:{g.Length}")) + "]"))));
}
