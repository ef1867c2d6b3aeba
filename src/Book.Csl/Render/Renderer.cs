namespace Book.Csl;

/// <summary>Evaluates a style's layout for one item: text, number, label, group and choose here;
/// names and dates in their own renderers.</summary>
sealed partial class Renderer
{
    readonly CslStyle _style;
    readonly LocaleChain _loc;
    readonly NameRenderer _names;
    readonly DateRenderer _dates;

    public Renderer(CslStyle style, LocaleChain locale)
    {
        _style = style;
        _loc = locale;
        _names = new NameRenderer(this, style, locale);
        _dates = new DateRenderer(this, locale);
    }

    public LocaleChain Locale => _loc;
    public CslStyle Style => _style;

    public Out Layout(El layout, Ctx c, bool withAffixes = true)
    {
        var o = Seq(layout.Kids, c, "");
        return Format(o, layout, withAffixes);
    }

    /// <summary>A whole layout for one item; a year-suffix not printed by a date or the style goes after
    /// the citation label (as "Asth00a").</summary>
    /// <summary>The item being rendered's language (title case is for English only).</summary>
    public string? CurrentLanguage;

    public Out Item(El layout, Ctx c)
    {
        CurrentLanguage = c.Item.Get("language");
        var o = Seq(layout.Kids, c, "");
        if (c.YearSuffix is { } ys && !c.YearSuffixDone && o.Find("citation-label") is { } label)
        {
            label.Kids.Add(new Out { Text = ys, Tag = "year-suffix" });
            c.YearSuffixDone = true;
        }
        // Undated works told apart: "n.d.-a", "n.d.-b".
        if (c.YearSuffix is { } ys2 && !c.YearSuffixDone && _loc.Term("no date", "short") is { } nd1 && _loc.Term("no date") is { } nd2
            && o.Walk().FirstOrDefault(x => x.Tag == "term" && (x.Text == nd1 || x.Text == nd2)) is { } noDate)
        {
            noDate.Text += "-" + ys2;
            c.YearSuffixDone = true;
        }
        return o;
    }

    public Out Seq(IEnumerable<El> kids, Ctx c, string delim)
    {
        var o = new Out { Delim = delim };
        Add(kids, c, o);
        return o;
    }

    /// <summary>A choose adds the chosen branch's elements to the enclosing group one by one, so the
    /// group's delimiter goes between them (as citeproc-js does; Chicago's 18th-edition styles rely on it).</summary>
    void Add(IEnumerable<El> kids, Ctx c, Out o)
    {
        foreach (var k in kids)
        {
            if (k.Name == "choose")
            {
                if (Branch(k, c) is { } branch) Add(branch.Kids, c, o);
            }
            else if (Node(k, c) is { } r) o.Kids.Add(r);
        }
    }

    El? Branch(El choose, Ctx c) =>
        choose.Kids.FirstOrDefault(b => b.Name == "else" || Conditions.Test(b, c, this));

    public Out? Node(El e, Ctx c) => e.Name switch
    {
        "text" => Text(e, c),
        "number" => Number(e, c),
        "label" => Label(e, c),
        "group" => Group(e, c),
        "choose" => Choose(e, c),
        "names" => _names.Render(e, c),
        "date" => _dates.Render(e, c),
        _ => null,
    };

    Out? Group(El e, Ctx c)
    {
        int called = c.Called, rendered = c.Rendered;
        var o = Seq(e.Kids, c, e["delimiter"] ?? "");
        if (c.Called > called && c.Rendered == rendered) return null;
        if (o.IsEmpty) return null;
        c.Rendered++;
        return Format(o, e);
    }

    Out? Choose(El e, Ctx c)
    {
        foreach (var branch in e.Kids)
        {
            if (branch.Name == "else" || Conditions.Test(branch, c, this))
                return Seq(branch.Kids, c, "");
        }
        return null;
    }

    Out? Text(El e, Ctx c)
    {
        Out? o;
        if (e["variable"] is { } v) o = TextVariable(v, e, c);
        else if (e["macro"] is { } m)
        {
            if (!_style.Macros.TryGetValue(m, out var macro) || c.Depth > 50) return null;
            c.Depth++;
            int called = c.Called, rendered = c.Rendered;
            o = Seq(macro.Kids, c, "");
            c.Depth--;
            // A macro is an implicit group: variables called and none rendered leave it empty. A
            // non-empty group or macro inside counts as rendered for the ones around it.
            if (c.Called > called && c.Rendered == rendered) o = null;
            else if (o is not null && !o.IsEmpty) c.Rendered++;
        }
        else if (e["term"] is { } t)
        {
            var s = _loc.Term(t, e["form"] ?? "long", e.Is("plural", "true"));
            o = s is null ? null : new Out { Text = s, Tag = "term" };
        }
        else if (e["value"] is { } val) o = FieldMarkup.Parse(val);
        else return null;
        if (o is null || o.IsEmpty) return null;
        return Format(o, e);
    }

    Out? TextVariable(string v, El e, Ctx c)
    {
        var form = e["form"] ?? "long";
        string? s = Variable(v, form, c);
        if (s is null) return null;
        Out o;
        var dash = _loc.Term("page-range-delimiter") ?? "–";
        if (v == "page" || (v == "locator" && c.Label == "page")) o = Out.Leaf(PageRanges.Format(s, _style.Root["page-range-format"], dash, AndSymbol()));
        else if (v == "locator") o = Out.Leaf(PageRanges.Format(s, null));
        else if (v is "citation-number") o = new Out { Text = s, Tag = "citation-number" };
        else if (v is "year-suffix") { c.YearSuffixDone = true; o = new Out { Text = s, Tag = "year-suffix" }; }
        else if (v is "URL" or "DOI" or "PMID" or "PMCID") o = Out.Leaf(s);
        // A numeric range in a number variable ("issue": "3-4") takes an en dash, as a page range does.
        else if (CslVocabulary.NumberVariables.Contains(v) && Numbers.IsNumeric(s) && System.Text.RegularExpressions.Regex.IsMatch(s, @"^\s*\d+\s*-\s*\d+\s*$"))
            o = Out.Leaf(System.Text.RegularExpressions.Regex.Replace(s, @"\s*-\s*", "–"));
        else o = FieldMarkup.Parse(s);
        if (v == "locator") o.Tag = "locator";
        if (v == "citation-label") o = new Out { Kids = [o], Tag = "citation-label" };
        return o;
    }

    /// <summary>The locale's "and" in symbol form only (no fallback to the word).</summary>
    string AndSymbol() => _loc.Locales.Select(l => l.Terms.TryGetValue(("and", "symbol"), out var t) ? t.FirstOrDefault()?.Single : null)
        .FirstOrDefault(x => x is not null) ?? "&";

    /// <summary>A variable's value for printing; records the call and whether it rendered.</summary>
    public string? Variable(string v, string form, Ctx c)
    {
        var s = RawVariable(v, form, c);
        // An item without a year-suffix is not missing data: like citeproc-js, an empty year-suffix
        // does not empty its group ("n.d." then "-a" only when disambiguation adds one).
        if (v != "year-suffix" || !string.IsNullOrEmpty(s)) c.Called++;
        if (s is null || s.Length == 0) return null;
        if (c.Suppressed.Contains(v)) return null;
        c.Rendered++;
        c.Record?.Add(v);
        return s;
    }

    public string? RawVariable(string v, string form, Ctx c)
    {
        switch (v)
        {
            case "locator": return c.Locator?.Trim();
            case "citation-number": return c.CitationNumber > 0 ? c.CitationNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            case "year-suffix": return c.YearSuffix;
            case "first-reference-note-number": return c.FirstNoteNumber > 0 && c.Position != Position.First ? c.FirstNoteNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            case "citation-label": return c.Item.Get(v) ?? CitationLabel(c);
            // Zotero's name for the journal's abbreviation.
            case "container-title-short": return c.Item.Get(v) ?? c.Item.Get("journalAbbreviation");
            case "page-first" when c.Item.Get(v) is null:
                return c.Item.Get("page") is { } page && System.Text.RegularExpressions.Regex.Match(page, @"^\s*([^\s,&–—-]+)") is { Success: true } m ? m.Groups[1].Value : null;
        }
        if (form == "short")
        {
            var shortV = v switch { "container-title" => c.Item.Get("container-title-short") ?? c.Item.Get("journalAbbreviation"), _ => c.Item.Get(v + "-short") };
            if (shortV is not null) { if (v is "title" && c.Suppressed.Contains("title")) return null; return shortV; }
        }
        return c.Item.Get(v);
    }

    static string? CitationLabel(Ctx c)
    {
        var names = c.Item.Names.Values.FirstOrDefault(l => l.Count > 0);
        var year = c.Item.Dates.TryGetValue("issued", out var d) && d.Start.Year != 0 ? d.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        if (names is null) return null;
        var fam = string.Concat(names.Take(4).Select(n => (n.Family ?? n.LiteralText) is { Length: > 0 } f ? f[..Math.Min(f.Length, names.Count == 1 ? 4 : names.Count == 2 ? 2 : 1)] : ""));
        return fam + (year.Length >= 2 ? year[^2..] : year);
    }

    /// <summary>Wraps output in an element's formatting, affixes, display and quotes, after applying
    /// its strip-periods and text-case to the text inside.</summary>
    public Out Format(Out o, El e, bool affixes = true)
    {
        if (e.Flag("strip-periods")) StripPeriods(o);
        if (e["text-case"] is { } tc) TextCase.Apply(o, tc, _loc, CurrentLanguage);
        var w = new Out { Kids = [o], Display = e["display"], Quotes = e.Flag("quotes") };
        if (affixes) { w.Prefix = e["prefix"] ?? ""; w.Suffix = e["suffix"] ?? ""; }
        AddStyles(w, e);
        return w;
    }

    /// <summary>Formatting attributes become styles, the first attribute written innermost (as
    /// citeproc-js nests them: font-style then font-weight gives &lt;b&gt;&lt;i&gt;…).</summary>
    public static void AddStyles(Out o, El e)
    {
        var styles = e.Styles ??= StylesOf(e);
        if (styles.Length > 0) o.Styles.AddRange(styles);
    }

    static RichStyle[] StylesOf(El e)
    {
        var styles = new List<RichStyle>();
        foreach (var (k, v) in e.A)
        {
            RichStyle? s = (k, v) switch
            {
                ("font-style", "italic") => RichStyle.Italic, ("font-style", "oblique") => RichStyle.Oblique, ("font-style", "normal") => RichStyle.NormalStyle,
                ("font-weight", "bold") => RichStyle.Bold, ("font-weight", "light") => RichStyle.Light, ("font-weight", "normal") => RichStyle.NormalWeight,
                ("font-variant", "small-caps") => RichStyle.SmallCaps, ("font-variant", "normal") => RichStyle.NormalVariant,
                ("text-decoration", "underline") => RichStyle.Underline, ("text-decoration", "none") => RichStyle.NormalDecoration,
                ("vertical-align", "sup") => RichStyle.Superscript, ("vertical-align", "sub") => RichStyle.Subscript, ("vertical-align", "baseline") => RichStyle.NormalAlign,
                _ => null,
            };
            if (s is { } x) styles.Add(x);
        }
        styles.Reverse();
        return [.. styles];
    }

    static void StripPeriods(Out o)
    {
        foreach (var n in o.Walk()) if (n.Text is not null) n.Text = n.Text.Replace(".", "");
    }
}
