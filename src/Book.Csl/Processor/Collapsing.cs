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
            // A cite whose prefix opens with punctuation (", cited in") brings its own join.
            bool ownJoin = FirstText(o) is { Length: > 0 } ft && ft[0] is ',' or ';' or '.' or ':';
            // After a suffix that ends in punctuation ("is one source,") the delimiter's own goes.
            if (result.Kids.Count > 0 && result.Plain().TrimEnd() is { Length: > 0 } done && done[^1] is ',' or ';' or ':' && d.Length > 0 && d[0] is ',' or ';' or ':')
                d = d[1..];
            if (result.Kids.Count > 0 && !ownJoin) result.Kids.Add(Out.Leaf(d));
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
        if (collapse is "year" or "year-suffix" or "year-suffix-ranged" || (collapse is null && citation["cite-group-delimiter"] is not null))
        {
            // Cites by the same authors come together (only when the citation is sorted at all).
            bool regroup = citation.Kid("sort") is not null;
            var groups = new List<List<(CiteItem ci, Ctx ctx, Out o)>>();
            foreach (var c in cites)
            {
                var key = c.o.Find("names")?.Plain() ?? "";
                var g = regroup ? groups.FirstOrDefault(x => (x[0].o.Find("names")?.Plain() ?? "") == key)
                    : groups.Count > 0 && (groups[^1][0].o.Find("names")?.Plain() ?? "") == key ? groups[^1] : null;
                if (g is null) groups.Add([c]); else g.Add(c);
            }
            // citeproc-js: the ", " default of cite-group-delimiter applies only to a sorted citation;
            // an unsorted one keeps the layout delimiter between its collapsed cites.
            var groupDelim = citation["cite-group-delimiter"] ?? (regroup ? ", " : delim);
            var ysDelim = citation["year-suffix-delimiter"] ?? citation["cite-group-delimiter"] ?? delim;
            var afterCollapse = citation["after-collapse-delimiter"] ?? delim;
            string nextDelim = delim;
            foreach (var g in groups)
            {
                var pieces = new List<(Out o, string? letter, bool suffixOnly)>();
                string? lastDate = null;
                for (int k = 0; k < g.Count; k++)
                {
                    var (ci, ctx, cite) = g[k];
                    if (k > 0 && collapse is not null && cite.Find("names") is { } n) Blank(n);
                    var date = DateText(cite);
                    var ys = cite.Find("year-suffix");
                    bool suffixOnly = k > 0 && collapse != "year" && ys is not null && date is not null && date == lastDate && Plain(g[k]) && Plain(g[k - 1]);
                    pieces.Add((suffixOnly ? new Out { Text = ys!.Text } : cite, ys?.Text, suffixOnly));
                    lastDate = date;
                }
                var o = new Out();
                int i = 0;
                while (i < pieces.Count)
                {
                    int j = i;
                    if (collapse == "year-suffix-ranged")
                        while (j + 1 < pieces.Count && pieces[j + 1].suffixOnly && pieces[j].letter is { Length: 1 } a && pieces[j + 1].letter is { Length: 1 } b && b[0] == a[0] + 1) j++;
                    // An undated cite of the same author has nothing left once the name goes: no delimiter.
                    if (pieces[i].o.IsEmpty) { i++; continue; }
                    // A cite with a locator or affixes is set off by the after-collapse delimiter
                    // ("Wong 1999, 328; 2000, 475").
                    // After a run of year-suffixes ("2000a, b"), the next year takes the after-collapse one.
                    if (o.Kids.Count > 0) o.Kids.Add(Out.Leaf(pieces[i].suffixOnly ? ysDelim : pieces[i - 1].suffixOnly ? afterCollapse : Plain(g[i]) && Plain(g[i - 1]) ? groupDelim : afterCollapse));
                    if (j - i >= 2) { o.Kids.Add(pieces[i].o); o.Kids.Add(Out.Leaf("–" + pieces[j].letter)); i = j + 1; }
                    else { o.Kids.Add(pieces[i].o); i++; }
                }
                Add(o, nextDelim);
                // After a collapsed group the after-collapse delimiter follows; an unsorted citation
                // (whose groups citeproc-js does not merge) uses it between all its groups.
                nextDelim = g.Count > 1 || !regroup ? afterCollapse : delim;
            }
            return result;
        }
        foreach (var c in cites) Add(c.o, delim);
        return result;
    }

    static string? FirstText(Out o)
    {
        if (o.IsEmpty) return null;
        if (o.Prefix.Length > 0) return o.Prefix;
        if (o.Text is not null) return o.Text;
        foreach (var k in o.Kids) if (!k.IsEmpty) return FirstText(k);
        return null;
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
}
