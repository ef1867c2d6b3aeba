using Book.Layout.Text;

namespace Book.Bench.LineBreaking;

/// <summary>
/// Deterministic English-like prose: words drawn with a Zipf-like skew from a vocabulary
/// ordered roughly by frequency, some capitalised, some with trailing punctuation, widths
/// from simple per-character advances of a 10 pt book face.
/// </summary>
internal static class SyntheticText
{
    private static readonly string[] Vocabulary =
    (
        "the of and to a in is was that for it as with his on be at by had from this not but " +
        "are or which they one were have an all their there been has when who more would into " +
        "people village night winter road town house school river forest fire bread snow cold " +
        "children families soldiers women mountains survivors witnesses memory history question " +
        "massacre refugees documents evidence testimony journalists historians memorial victims " +
        "population hospital government territory corridor helicopter ammunition circumstances " +
        "commemorative remembrance documentation international investigation independence " +
        "responsibility humanitarian organization correspondents administration extraordinary " +
        "consequences representatives establishment understanding characteristic photographs " +
        "hyphenation typesetting efficient anniversary parliamentary acknowledgement recognition"
    ).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static List<string> Words(int count, Random rng)
    {
        var words = new List<string>(count);
        bool sentenceStart = true;
        for (int i = 0; i < count; i++)
        {
            string w = Vocabulary[(int)(Vocabulary.Length * Math.Pow(rng.NextDouble(), 2.2))];
            if (sentenceStart) w = char.ToUpperInvariant(w[0]) + w[1..];
            double p = rng.NextDouble();
            sentenceStart = p < 0.07;
            if (sentenceStart) w += ".";
            else if (p < 0.12) w += ",";
            words.Add(w);
        }
        return words;
    }

    public static double CharWidth(char c) => c switch
    {
        'i' or 'l' or 'j' or 't' or 'f' or 'r' => 2.8,
        '.' or ',' or '\'' => 2.5,
        'm' or 'w' => 8.3,
        >= 'A' and <= 'Z' => 7,
        _ => 5,
    };

    public static double Measure(ReadOnlySpan<char> s)
    {
        double w = 0;
        foreach (char c in s) w += CharWidth(c);
        return w;
    }

    /// <summary>
    /// A paragraph in TeX's usual shape: 15 pt indent box, interword glue 3.33/1.67/1.11,
    /// hyphenation points as flagged penalties of 50 carrying a hyphen's width, and the
    /// closing fill glue and forced break. Returns how many words got at least one break.
    /// </summary>
    public static int Build(List<string> words, Hyphenator hyphenator, List<Item> items)
    {
        items.Clear();
        items.Add(Item.Box(15));
        Span<int> breaks = stackalloc int[64];
        int hyphenated = 0;
        for (int w = 0; w < words.Count; w++)
        {
            if (w > 0) items.Add(Item.Glue(3.33, 1.67, 1.11, w));
            string word = words[w];
            int n = hyphenator.GetBreaks(word, breaks);
            if (n > 0) hyphenated++;
            int start = 0;
            for (int i = 0; i < n; i++)
            {
                items.Add(Item.Box(Measure(word.AsSpan(start, breaks[i] - start)), w));
                items.Add(Item.Penalty(3.3, 50, true, w));
                start = breaks[i];
            }
            items.Add(Item.Box(Measure(word.AsSpan(start)), w));
        }
        var (fill, end) = Item.ParagraphEnd();
        items.Add(fill);
        items.Add(end);
        return hyphenated;
    }
}
