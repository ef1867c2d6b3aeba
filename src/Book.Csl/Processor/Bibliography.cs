namespace Book.Csl;

public sealed partial class CslProcessor
{
    /// <summary>The bibliography of all items, sorted and formatted; empty if the style has none.</summary>
    public CslBibliography Bibliography() => Bibliography(null);

    /// <summary>The bibliography of the items the filter keeps.</summary>
    public CslBibliography Bibliography(Func<CslItem, bool>? filter)
    {
        var bib = _style.Bibliography;
        if (bib is null) return new CslBibliography([]);
        if (!_disambiguated) { Disambiguate(); _disambiguated = true; }
        var layout = bib.Kid("layout")!;
        var order = BibOrder().Where(it => filter?.Invoke(it) ?? true).ToList();
        var entries = new List<BibliographyEntry>();
        var sas = bib["subsequent-author-substitute"];
        var sasRule = bib["subsequent-author-substitute-rule"] ?? "complete-all";
        string? previousNames = null;
        List<CslName>? previousList = null;
        bool secondField = bib["second-field-align"] is "flush" or "margin";
        foreach (var it in order)
        {
            var c = NewCtx(it, bib, true);
            var seq = _r.Item(layout, c);
            var names = seq.Find("names");
            if (sas is not null && names is not null)
            {
                var text = names.Plain();
                if (text == previousNames)
                {
                    if (sasRule == "complete-all" || sasRule == "complete-each") { names.Kids = sas.Length > 0 ? [Out.Leaf(sas)] : []; names.Text = null; }
                    else ReplacePartial(names, sas, sasRule);
                }
                else previousNames = text;
            }
            Out root;
            if (secondField && seq.Kids.Count(k => !k.IsEmpty) > 1)
            {
                var kids = seq.Kids.Where(k => !k.IsEmpty).ToList();
                var left = new Out { Kids = [kids[0]], Display = "left-margin" };
                var right = new Out { Kids = kids.Skip(1).ToList(), Display = "right-inline", Suffix = layout["suffix"] ?? "" };
                root = new Out { Kids = [left, right] };
                left.Prefix = layout["prefix"] ?? "";
                var fmt = new Out { Kids = [root] };
                Renderer.AddStyles(fmt, layout);
                root = fmt;
            }
            else root = _r.Format(seq, layout);
            entries.Add(new BibliographyEntry(it.Id, new Flattener(_locale).Flatten(root)));
            _ = previousList;
        }
        return new CslBibliography(entries)
        {
            SecondFieldAlign = bib["second-field-align"],
            HangingIndent = bib.Flag("hanging-indent"),
            LineSpacing = int.TryParse(bib["line-spacing"], out var ls) ? ls : 1,
            EntrySpacing = int.TryParse(bib["entry-spacing"], out var es) ? es : 1,
        };
    }

    static void ReplacePartial(Out names, string sas, string rule)
    {
        // partial-each / partial-first: the first name gives way to the substitute.
        names.Kids = [Out.Leaf(sas)];
        names.Text = null;
    }
}
