using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Book.Core.Citations.Bibliographies.BibTex;

/// <summary>
/// A BibTeX name list as CSL names, Pandoc's way: names are separated by a lower-case "and" outside
/// braces; "First von Last", "von Last, First" and "von Last, Jr, First" are read by the case of
/// each word; a name in braces is a corporate (literal) name; "others" stands for the rest (et al.).
/// BibLaTeX (the default) keeps "Drummond de Andrade" whole as the family name; BibTeX takes
/// "Drummond de" as the particle. A particle is dropping unless <c>options = {useprefix=true}</c>.
/// </summary>
public static partial class BibNames
{
    public static JsonArray Read(IReadOnlyList<TexNode> nodes, bool bibtex, bool useprefix, bool juniorcomma)
    {
        var names = new JsonArray();
        foreach (var part in SplitAnd(nodes))
            if (ToName(part, bibtex, useprefix, juniorcomma) is { } n) names.Add((JsonNode)n);
        return names;
    }

    /// <summary>Splits at " and " in top-level text (not inside braces); Pandoc's literal lists use it too.</summary>
    public static List<List<TexNode>> SplitAnd(IReadOnlyList<TexNode> nodes)
    {
        var parts = new List<List<TexNode>> { new() };
        foreach (var n in nodes)
        {
            if (n is not TexText t) { parts[^1].Add(n); continue; }
            var pieces = AndSeparator().Split(t.Text);
            for (var k = 0; k < pieces.Length; k++)
            {
                if (k > 0) parts.Add([]);
                if (pieces[k].Length > 0) parts[^1].Add(new TexText(pieces[k]));
            }
        }
        return parts.Where(p => TexRender.Plain(p).Trim().Length > 0).ToList();
    }

    [GeneratedRegex(@"[ \u00A0]+and[ \u00A0]+")]
    private static partial Regex AndSeparator();

    static JsonObject? ToName(List<TexNode> part, bool bibtex, bool useprefix, bool juniorcomma)
    {
        var trimmed = Trim(part);
        if (trimmed.Count == 0) return null;
        if (trimmed is [TexText { Text: "others" }]) return new JsonObject { ["literal"] = "others" };
        if (trimmed is [TexGroup { Kind: TexKind.Brace } corp]) return new JsonObject { ["literal"] = TexRender.Plain(corp.Children).Trim() };
        if (trimmed[0] is TexText first && first.Text.Contains('=')) return Extended(TexRender.Plain(trimmed));

        var commaParts = SplitTop(SpaceInitials(trimmed), ',').Select(Words).ToList();
        List<List<TexNode>> given, vonlast, jr = [];
        switch (commaParts.Count)
        {
            case 1:
            {
                var fvl = commaParts[0];
                var caps = fvl.TakeWhile(IsCapitalized).ToList();
                var rest = fvl.Skip(caps.Count).ToList();
                if (rest.Count == 0 && caps.Count > 0) { given = caps[..^1]; vonlast = [caps[^1]]; }
                else { given = caps; vonlast = rest; }
                break;
            }
            case 2:
                (vonlast, given) = (commaParts[0], commaParts[1]);
                break;
            default:
                (vonlast, jr, given) = (commaParts[0], commaParts[1], commaParts[2]);
                break;
        }
        List<List<TexNode>> von, last;
        if (bibtex)
        {
            var rev = Enumerable.Reverse(vonlast).ToList();
            var capsFromEnd = rev.TakeWhile(IsCapitalized).ToList();
            if (capsFromEnd.Count == 0 && rev.Count > 0) { von = Enumerable.Reverse(rev.Skip(1)).ToList(); last = [rev[0]]; }
            else { von = Enumerable.Reverse(rev.Skip(capsFromEnd.Count)).ToList(); last = Enumerable.Reverse(capsFromEnd).ToList(); }
        }
        else
        {
            var lower = vonlast.TakeWhile(w => !IsCapitalized(w)).ToList();
            if (lower.Count > 0 && lower.Count == vonlast.Count) { von = lower[..^1]; last = [lower[^1]]; }
            else { von = lower; last = vonlast.Skip(lower.Count).ToList(); }
        }
        string Join(List<List<TexNode>> ws) => string.Join(" ", ws.Select(w => TexRender.Plain(w)));
        var name = new JsonObject();
        var prefix = Join(von);
        if (Join(last) is { Length: > 0 } family) name["family"] = family;
        if (Join(given) is { Length: > 0 } g) name["given"] = g;
        if (prefix.Length > 0) name[useprefix ? "non-dropping-particle" : "dropping-particle"] = prefix;
        if (Join(jr) is { Length: > 0 } suffix) name["suffix"] = suffix;
        if (juniorcomma) name["comma-suffix"] = true;
        return name.Count == 0 ? null : name;
    }

    /// <summary>BibLaTeX's extended name format: <c>family=Smith, given=John, prefix=van, useprefix=true</c>.</summary>
    static JsonObject Extended(string text)
    {
        var name = new JsonObject();
        string? prefix = null;
        var use = false;
        foreach (var piece in text.Split(','))
        {
            var eq = piece.IndexOf('=');
            if (eq < 0) continue;
            var (k, v) = (piece[..eq].Trim(), piece[(eq + 1)..].Trim());
            switch (k)
            {
                case "given": name["given"] = name["given"] is { } gv ? gv.GetValue<string>() + " " + v : v; break;
                case "family": name["family"] = v; break;
                case "prefix": prefix = v; break;
                case "suffix": name["suffix"] = v; break;
                case "useprefix": use = v == "true"; break;
            }
        }
        if (prefix is not null) name[use ? "non-dropping-particle" : "dropping-particle"] = prefix;
        return name;
    }

    static List<TexNode> Trim(List<TexNode> nodes)
    {
        var list = nodes.ToList();
        if (list.Count > 0 && list[0] is TexText a) list[0] = new TexText(a.Text.TrimStart(' ', '\u00A0'));
        if (list.Count > 0 && list[^1] is TexText b) list[^1] = new TexText(b.Text.TrimEnd(' ', '\u00A0'));
        return list.Where(n => n is not TexText { Text.Length: 0 }).ToList();
    }

    [GeneratedRegex(@"(?<=(?:^|[^\p{L}])\p{Lu})\.(?=\p{Lu}(?:[^\p{L}]|$))")]
    private static partial Regex GluedInitials();

    /// <summary>"J.R.R. Tolkien" reads like "J. R. R. Tolkien".</summary>
    static List<TexNode> SpaceInitials(List<TexNode> nodes) =>
        nodes.Select(n => n is TexText t ? new TexText(GluedInitials().Replace(t.Text, ". ")) : n).ToList();

    /// <summary>Splits the top-level text at <paramref name="sep"/>; groups stay whole.</summary>
    static List<List<TexNode>> SplitTop(List<TexNode> nodes, char sep)
    {
        var parts = new List<List<TexNode>> { new() };
        foreach (var n in nodes)
        {
            if (n is not TexText t) { parts[^1].Add(n); continue; }
            var pieces = t.Text.Split(sep);
            for (var k = 0; k < pieces.Length; k++)
            {
                if (k > 0) parts.Add([]);
                if (pieces[k].Length > 0) parts[^1].Add(new TexText(pieces[k]));
            }
        }
        return parts;
    }

    /// <summary>The words of a name part: split at spaces in top-level text.</summary>
    static List<List<TexNode>> Words(List<TexNode> nodes)
    {
        var words = new List<List<TexNode>> { new() };
        foreach (var n in nodes)
        {
            if (n is not TexText t) { words[^1].Add(n); continue; }
            var pieces = t.Text.Split(' ', '\u00A0');
            for (var k = 0; k < pieces.Length; k++)
            {
                if (k > 0) words.Add([]);
                if (pieces[k].Length > 0) words[^1].Add(new TexText(pieces[k]));
            }
        }
        return words.Where(w => w.Count > 0).ToList();
    }

    /// <summary>Pandoc's test: the first letter of the word's first plain text is upper case (groups are skipped; digits too).</summary>
    static bool IsCapitalized(List<TexNode> word)
    {
        foreach (var n in word)
        {
            if (n is not TexText t) continue;
            foreach (var c in t.Text)
            {
                if (char.IsUpper(c)) return true;
                if (!char.IsDigit(c)) return false;
            }
        }
        return true;
    }
}
