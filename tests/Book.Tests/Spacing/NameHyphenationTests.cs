using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Tests.Spacing;

/// <summary>
/// Capitalised words break when a line needs it (TeX's \uchyph), at a higher cost than other words;
/// never the first word of a name pair ("Vitali Balasanyan"), never an all-capital acronym or a URL.
/// </summary>
public sealed class NameHyphenationTests
{
    static readonly ParagraphSetter Setter = new(FontSet.Bundled());

    /// <summary>The paragraph set justified at <paramref name="width"/> points: each line's text.</summary>
    static List<string> Lines(string text, double width)
    {
        var lines = Setter.Set([new StyledRun(text, FontFlags.None, 10.5, "en")], new ParagraphSpec(width, 14), out _);
        return lines.Select(l => string.Concat(l.Pieces.Select(p => p.Text)).Trim()).ToList();
    }

    static IEnumerable<string> HyphenatedWords(List<string> lines) =>
        lines.Zip(lines.Skip(1)).Where(p => p.First.EndsWith('\u2010') || p.First.EndsWith('-'))
            .Select(p => p.First.Split(' ')[^1].TrimEnd('\u2010', '-') + p.Second.Split(' ')[0]);

    [Fact]
    public void Names_break_when_a_line_needs_it()
    {
        var text = string.Join(' ', Enumerable.Repeat("the road to Azerbaijan and Transcaucasia, past Stepanakert and Khankendi to the Karabakh of", 8));
        var broken = HyphenatedWords(Lines(text, 120)).ToList();
        Assert.Contains(broken, w => char.IsUpper(w[0]));
    }

    [Fact]
    public void The_first_of_two_names_acronyms_and_URLs_stay_whole()
    {
        var text = string.Join(' ', Enumerable.Repeat("of Transcaucasia Balasanyan and UNESCO NATO AZERBAIJAN at https://example.org/Transcaucasia", 8));
        var lines = Lines(text, 120);
        var broken = HyphenatedWords(lines).ToList();
        Assert.DoesNotContain(broken, w => w.StartsWith("Transcaucasia", StringComparison.Ordinal) || w.All(c => !char.IsLower(c)));
        Assert.DoesNotContain(broken, w => w.Contains("example", StringComparison.Ordinal));
        // The narrow measure did force breaks: the second name of each pair took them.
        Assert.Contains(broken, w => w.StartsWith("Balasanyan", StringComparison.Ordinal));
    }

    [Fact]
    public void A_transliterated_name_the_patterns_hardly_know_breaks_at_its_syllables()
    {
        // English patterns give Tchitchakian no break and Khachaturyan only Khachatu-ryan.
        var text = string.Join(' ', Enumerable.Repeat("he met Tchitchakian and then Khachaturyan in the", 10));
        var lines = Lines(text, 110);
        var heads = lines.Zip(lines.Skip(1)).Where(p => p.First.EndsWith('\u2010') && char.IsUpper(p.First.Split(' ')[^1][0]))
            .Select(p => p.First.Split(' ')[^1].TrimEnd('\u2010') + "|" + p.Second.Split(' ')[0]).ToList();
        Assert.Contains(heads, h => h.Replace("|", "", StringComparison.Ordinal) is "Tchitchakian" or "Khachaturyan");
        string[] syllables = ["Kha|chaturyan", "Khacha|turyan", "Khachatur|yan", "Tchit|chakian", "Tchitcha|kian"];
        Assert.All(heads, h => Assert.Contains(h, syllables));
    }
}
