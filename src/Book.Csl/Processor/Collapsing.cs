using System.Globalization;

namespace Book.Csl;

public sealed partial class CslProcessor
{
    /// <summary>Joins a cluster's cites with the layout delimiter, collapsing as the style asks:
    /// citation-number ranges ("1–3"), repeated authors ("Doe 2000, 2001"), year-suffixes ("2000a, b")
    /// and ranged suffixes ("2000a–c").</summary>
    Out Collapse(List<(CiteItem ci, Ctx ctx, Out o)> cites, El citation, El layout)
    {
        var delim = layout["delimiter"] ?? "";
        var collapse = citation["collapse"];
        var result = new Out();
        void Add(Out o, string d)
        {
            if (o.IsEmpty) return;
            if (result.Kids.Count > 0) result.Kids.Add(Out.Leaf(d));
            result.Kids.Add(o);
        }
        cites = cites.Where(x => !x.o.IsEmpty).ToList();
        if (collapse == "citation-number")
        {
            int i = 0;
            while (i < cites.Count)
            {
                int j = i;
                while (j + 1 < cites.Count && Plain(cites[j + 1]) && Plain(cites[j]) && cites[j + 1].ctx.CitationNumber == cites[j].ctx.CitationNumber + 1) j++;
                if (j - i >= 2)
                {
                    Add(Out.Of([cites[i].o, Out.Leaf("–"), cites[j].o]), delim);
                    i = j + 1;
                    continue;
                }
                Add(cites[i].o, delim);
                i++;
            }
            return result;
        }
        if (collapse is "year" or "year-suffix" or "year-suffix-ranged")
        {
            // Cites by the same authors come together, in the order of the first of them.
            var groups = new List<List<(CiteItem ci, Ctx ctx, Out o)>>();
            foreach (var c in cites)
            {
                var key = c.o.Find("names")?.Plain();
                var g = key is null ? null : groups.FirstOrDefault(x => x[0].o.Find("names")?.Plain() == key);
                if (g is null) groups.Add([c]); else g.Add(c);
            }
            var groupDelim = citation["cite-group-delimiter"] ?? ", ";
            var afterCollapse = citation["after-collapse-delimiter"] ?? delim;
            string nextDelim = delim;
            foreach (var g in groups)
            {
                var o = new Out();
                string? lastDate = null;
                var letters = new List<Out>();
                for (int k = 0; k < g.Count; k++)
                {
                    var (ci, ctx, cite) = g[k];
                    if (k > 0 && cite.Find("names") is { } n) Blank(n);
                    Out piece = cite;
                    var date = DateText(g[k].o);
                    if (k > 0 && collapse != "year" && ctx.YearSuffix is not null && date is not null && date == lastDate && Plain(g[k]) && cite.Find("year-suffix") is { } ys)
                        piece = new Out { Text = ys.Text };
                    if (k > 0) o.Kids.Add(Out.Leaf(piece.Text is not null && piece.Kids.Count == 0 ? citation["year-suffix-delimiter"] ?? groupDelim : groupDelim));
                    o.Kids.Add(piece);
                    lastDate = date;
                }
                if (collapse == "year-suffix-ranged") o = RangeSuffixes(o, citation["year-suffix-delimiter"] ?? groupDelim);
                Add(o, nextDelim);
                nextDelim = g.Count > 1 ? afterCollapse : delim;
            }
            return result;
        }
        foreach (var c in cites) Add(c.o, delim);
        return result;
    }

    static bool Plain((CiteItem ci, Ctx ctx, Out o) c) => c.ctx.Locator is null && string.IsNullOrEmpty(c.ci.Prefix) && string.IsNullOrEmpty(c.ci.Suffix);

    static string? DateText(Out o)
    {
        var d = o.Find("date");
        if (d is null) return null;
        var copy = d.Plain();
        var ys = d.Find("year-suffix")?.Text;
        return ys is not null && copy.EndsWith(ys, StringComparison.Ordinal) ? copy[..^ys.Length] : copy;
    }

    /// <summary>"a, b, c" → "a–c" for three or more consecutive suffix letters.</summary>
    static Out RangeSuffixes(Out o, string ysDelim)
    {
        var kids = o.Kids;
        var res = new Out();
        int i = 0;
        while (i < kids.Count)
        {
            if (kids[i].Text is { Length: 1 } t && char.IsLetter(t[0]))
            {
                int j = i;
                while (j + 2 < kids.Count && kids[j + 2].Text is { Length: 1 } u && u[0] == kids[j].Text![0] + 1) j += 2;
                if (j - i >= 2)
                {
                    res.Kids.Add(Out.Leaf(t + "–" + kids[j].Text));
                    i = j + 1;
                    continue;
                }
            }
            res.Kids.Add(kids[i]);
            i++;
        }
        return res;
    }
}
