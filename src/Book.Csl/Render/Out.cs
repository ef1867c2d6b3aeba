namespace Book.Csl;

/// <summary>The renderer's output before punctuation is settled: text leaves and nodes carrying CSL
/// formatting, affixes, delimiters and quotes. <see cref="Flattener"/> turns it into <see cref="RichText"/>.</summary>
sealed class Out
{
    public string? Text;
    public List<Out> Kids = [];
    public List<RichStyle> Styles = [];
    public string Prefix = "", Suffix = "", Delim = "";
    public bool Quotes;
    /// <summary>Quotes written in a cite's prefix or suffix: printed typographically, but punctuation
    /// is never moved across them (citeproc-js leaves the writer's affixes as written).</summary>
    public bool QuotesAsWritten;
    public string? Display;
    public bool NoCase;
    /// <summary>&lt;span class="nodecor"&gt;: every formatting active around it is undone inside.</summary>
    public bool NoDecor;
    public string? Href;
    /// <summary>What produced the node ("names", "date", "year-suffix", "citation-number", …).</summary>
    public string? Tag;

    public static Out Leaf(string text) => new() { Text = text };
    public static Out Of(IEnumerable<Out> kids, string delim = "") => new() { Kids = kids.ToList(), Delim = delim };

    public bool IsEmpty => Text is null ? Kids.All(k => k.IsEmpty) : Text.Length == 0;

    public string Plain()
    {
        var sb = new System.Text.StringBuilder();
        Plain(sb);
        return sb.ToString();
    }

    void Plain(System.Text.StringBuilder sb)
    {
        if (IsEmpty) return;
        sb.Append(Prefix);
        if (Text is not null) sb.Append(Text);
        else
        {
            bool first = true;
            foreach (var k in Kids)
            {
                if (k.IsEmpty) continue;
                if (!first) sb.Append(Delim);
                first = false;
                k.Plain(sb);
            }
        }
        sb.Append(Suffix);
    }

    public IEnumerable<Out> Walk()
    {
        yield return this;
        foreach (var k in Kids) foreach (var d in k.Walk()) yield return d;
    }

    public Out? Find(string tag) => Walk().FirstOrDefault(o => o.Tag == tag && !o.IsEmpty);
}
