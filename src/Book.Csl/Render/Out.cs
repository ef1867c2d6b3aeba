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

    public bool IsEmpty
    {
        get
        {
            if (Text is not null) return Text.Length == 0;
            foreach (var k in Kids) if (!k.IsEmpty) return false;
            return true;
        }
    }

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

    /// <summary>This node and all below it, depth first in document order (one list, not an iterator per level).</summary>
    public List<Out> Walk()
    {
        var all = new List<Out>();
        Collect(all);
        return all;
    }

    void Collect(List<Out> all)
    {
        all.Add(this);
        foreach (var k in Kids) k.Collect(all);
    }

    /// <summary>The first non-empty node with <paramref name="tag"/>, depth first.</summary>
    public Out? Find(string tag)
    {
        if (Tag == tag && !IsEmpty) return this;
        foreach (var k in Kids)
            if (k.Find(tag) is { } found) return found;
        return null;
    }
}
