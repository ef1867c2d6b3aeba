namespace Book.Csl;

/// <summary>A CSL locale (locales-xx-XX.xml or a style's own &lt;locale&gt;): terms, date formats and
/// punctuation options.</summary>
public sealed class CslLocale
{
    public string? Language { get; }
    internal Dictionary<(string name, string form), List<Term>> Terms { get; } = new();
    internal Dictionary<string, El> DateFormats { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, string> Options { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, string> Genders { get; } = new(StringComparer.Ordinal);

    internal CslLocale(El root)
    {
        Language = root["xml:lang"];
        foreach (var so in root.All("style-options"))
            foreach (var (k, v) in so.A) Options[k] = v;
        foreach (var d in root.All("date"))
            if (d["form"] is { } f) DateFormats[f] = d;
        foreach (var terms in root.All("terms"))
            foreach (var t in terms.All("term"))
            {
                var name = t["name"];
                if (name is null) continue;
                var form = t["form"] ?? "long";
                string single, multiple;
                if (t.Kid("single") is { } s) { single = s.Text; multiple = t.Kid("multiple")?.Text ?? s.Text; }
                else single = multiple = t.Text;
                var term = new Term(single, multiple, t["gender"], t["gender-form"], t["match"]);
                if (!Terms.TryGetValue((name, form), out var list)) Terms[(name, form)] = list = [];
                // A later definition of the same term (and gender form) replaces the earlier.
                list.RemoveAll(x => x.GenderForm == term.GenderForm && x.Match == term.Match);
                list.Add(term);
                if (t["gender"] is { } g && form == "long") Genders[name] = g;
            }
    }

    /// <summary>Reads a locale file; malformed XML throws <see cref="CslException"/> with fileName:line:col.</summary>
    public static CslLocale Parse(string xml, string fileName)
    {
        var root = XmlTree.Load(xml, fileName);
        if (root.Name != "locale") throw new CslException(fileName, root.Line, root.Col, $"expected a <locale> element, found <{root.Name}>");
        return new CslLocale(root);
    }
}
