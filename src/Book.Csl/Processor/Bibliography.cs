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
        (string whole, List<string> names)? previous = null;
        bool secondField = bib["second-field-align"] is "flush" or "margin";
        foreach (var it in order)
        {
            var c = NewCtx(it, bib, true);
            var seq = _r.Item(layout, c);
            if (sas is not null && seq.Find("names") is { } names)
            {
                var lists = names.Walk().Where(o => o.Tag == "namelist").ToList();
                if (lists.Count == 0) lists = [names];
                var people = lists.SelectMany(l => l.Walk().Where(o => o.Tag == "name")).ToList();
                var texts = people.Select(p => p.Plain()).ToList();
                var whole = string.Join("|", lists.Select(l => l.Plain()));
                if (previous is not null) Substitute(lists, people, texts, whole, previous.Value, sas, sasRule);
                previous = (whole, texts);
            }
            else if (sas is not null) previous = null;
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
            else
            {
                if (seq.IsEmpty) continue;
                // An entry that ends in a display block takes the layout's suffix inside that block.
                if (LastDisplay(seq) is { } block && layout["suffix"] is { Length: > 0 } layoutSuffix)
                {
                    block.Kids = [new Out { Kids = block.Kids, Delim = block.Delim }, Out.Leaf(layoutSuffix)];
                    block.Delim = "";
                    var noSuffix = new El { Name = "layout" };
                    foreach (var (k, v) in layout.A) if (k != "suffix") noSuffix.A[k] = v;
                    root = LayoutWrap(seq, noSuffix);
                }
                else root = LayoutWrap(seq, layout);
            }
            entries.Add(new BibliographyEntry(it.Id, new Flattener(_locale).Flatten(root)));
        }
        return new CslBibliography(entries)
        {
            SecondFieldAlign = bib["second-field-align"],
            HangingIndent = bib.Flag("hanging-indent"),
            LineSpacing = int.TryParse(bib["line-spacing"], out var ls) ? ls : 1,
            EntrySpacing = int.TryParse(bib["entry-spacing"], out var es) ? es : 1,
        };
    }

    static Out? LastDisplay(Out o)
    {
        var last = o.Kids.LastOrDefault(k => !k.IsEmpty);
        if (last is null || o.Text is not null) return null;
        if (last.Display is not null && last.Suffix.Length == 0) return last.Kids.Count > 0 ? last : null;
        return last.Suffix.Length == 0 ? LastDisplay(last) : null;
    }

    /// <summary>subsequent-author-substitute: complete-all replaces the whole list when it repeats the
    /// previous entry's; complete-each replaces each name then; partial-each replaces the leading names
    /// shared with the previous entry; partial-first only the first.</summary>
    static void Substitute(List<Out> lists, List<Out> people, List<string> texts, string whole, (string whole, List<string> names) prev, string sas, string rule)
    {
        switch (rule)
        {
            case "complete-all":
                if (whole != prev.whole) return;
                for (int i = 0; i < lists.Count; i++) { lists[i].Kids = i == 0 && sas.Length > 0 ? [Out.Leaf(sas)] : []; lists[i].Text = null; }
                break;
            case "complete-each":
                if (whole != prev.whole) return;
                foreach (var p in people) { p.Kids = [Out.Leaf(sas)]; p.Text = null; }
                break;
            default:
                if (people.Count == 0) goto case "complete-all";
                int n = 0;
                while (n < texts.Count && n < prev.names.Count && texts[n] == prev.names[n] && (rule == "partial-each" || n == 0)) n++;
                for (int i = 0; i < n; i++) { people[i].Kids = [Out.Leaf(sas)]; people[i].Text = null; }
                break;
        }
    }
}
