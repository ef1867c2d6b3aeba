using System.Globalization;

namespace Book.Csl;

/// <summary>&lt;names&gt;: name lists with et-al, "and", delimiters, labels, substitution, and the
/// given-name expansion disambiguation asks for.</summary>
sealed class NameRenderer(Renderer r, CslStyle style, LocaleChain loc)
{
    public Out? Render(El e, Ctx c, El? inheritFrom = null)
    {
        var src = inheritFrom ?? e;
        var vars = (e["variable"] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var nameEl = e.Kid("name") ?? src.Kid("name");
        var etAlEl = e.Kid("et-al") ?? src.Kid("et-al");
        var labelEl = e.Kid("label") ?? src.Kid("label");
        var kids = (e.Kid("name") is not null ? e : src).Kids;
        bool labelBefore = labelEl is not null && kids.IndexOf(labelEl) >= 0 && nameEl is not null && kids.IndexOf(labelEl) < kids.IndexOf(nameEl);
        var opts = new NameOptions(nameEl, c.Mode, style.Root);

        var lists = new List<(string variable, IReadOnlyList<CslName> names)>();
        foreach (var v in vars)
        {
            c.Called++;
            if (c.Suppressed.Contains(v)) continue;
            if (c.Item.Names.TryGetValue(v, out var list) && list.Count > 0) lists.Add((v, list));
        }
        // Editor and translator the same people: one list labelled "editortranslator".
        int ed = lists.FindIndex(x => x.variable == "editor"), tr = lists.FindIndex(x => x.variable == "translator");
        if (ed >= 0 && tr >= 0 && lists[ed].names.SequenceEqual(lists[tr].names) && (labelEl is null || !string.IsNullOrEmpty(loc.Term("editortranslator", labelEl["form"] ?? "long"))))
        {
            lists[Math.Min(ed, tr)] = ("editortranslator", lists[ed].names);
            lists.RemoveAt(Math.Max(ed, tr));
        }

        if (lists.Count == 0)
        {
            var sub = e.Kid("substitute") ?? (inheritFrom is null ? null : null);
            if (sub is null) return null;
            foreach (var k in sub.Kids)
            {
                // A term the locale defines substitutes even when it is empty (citeproc-js stops there).
                if (k.Name == "text" && k["term"] is { } term && loc.Term(term, k["form"] ?? "long", k.Is("plural", "true")) == "") return null;
                var record = new List<string>();
                var saved = c.Record;
                c.Record = record;
                int before = c.Rendered;
                Out? o = k.Name == "names" ? Render(k, c, k.Kids.Count == 0 || k.Kid("name") is null ? e : null) : r.Node(k, c);
                c.Record = saved;
                if (o is not null && !o.IsEmpty)
                {
                    foreach (var v in record) c.Suppressed.Add(v);
                    if (saved is not null) saved.AddRange(record);
                    if (k.Name == "names") foreach (var v in (k["variable"] ?? "").Split(' ')) c.Suppressed.Add(v);
                    var res = r.Format(o, e);
                    res.Tag = "names";
                    return res;
                }
            }
            return null;
        }

        if (opts.Form == "count")
        {
            int total = lists.Sum(l => Shown(l.names.Count, opts, c).shown);
            c.Rendered++;
            c.Record?.AddRange(lists.Select(l => l.variable));
            return r.Format(Out.Leaf(total.ToString(CultureInfo.InvariantCulture)), e);
        }

        var parts = new List<Out>();
        foreach (var (v, names) in lists)
        {
            c.Rendered++;
            c.Record?.Add(v);
            // Inside a substitute, a name variable prints once: a second <names> of it there is silent.
            if (c.Record is not null) c.Suppressed.Add(v);
            var list = RenderList(names, opts, etAlEl, c);
            list.Tag = "namelist";
            if (nameEl is not null) list = FormatName(list, nameEl);
            if (labelEl is not null && !c.SortKey)
            {
                var term = v == "editortranslator" ? "editortranslator" : v;
                bool plural = (labelEl["plural"] ?? "contextual") switch { "always" => true, "never" => false, _ => names.Count > 1 };
                var text = loc.Term(term, labelEl["form"] ?? "long", plural);
                if (!string.IsNullOrEmpty(text))
                {
                    var label = r.Format(Out.Leaf(text), labelEl);
                    list = Out.Of(labelBefore ? [label, list] : [list, label]);
                }
            }
            parts.Add(list);
        }
        var all = Out.Of(parts, e["delimiter"] ?? c.Mode["names-delimiter"] ?? style.Root["names-delimiter"] ?? "");
        all.Tag = "names";
        return r.Format(all, e);
    }

    static Out FormatName(Out o, El nameEl)
    {
        var w = new Out { Kids = [o], Prefix = nameEl["prefix"] ?? "", Suffix = nameEl["suffix"] ?? "" };
        Renderer.AddStyles(w, nameEl);
        return w;
    }

    (int shown, bool etal) Shown(int n, NameOptions opts, Ctx c)
    {
        bool subsequent = !c.InBibliography && (c.Position != Position.First || c.ForceSubsequent);
        int? min = c.NamesMin ?? (subsequent ? opts.Int("et-al-subsequent-min") : null) ?? opts.Int("et-al-min");
        int? first = c.NamesUseFirst ?? (subsequent ? opts.Int("et-al-subsequent-use-first") : null) ?? opts.Int("et-al-use-first");
        int shown = n;
        if (min is { } m && first is { } f && n >= m) shown = Math.Min(f, n);
        if (c.EtAlUseFirst is { } add && add > shown) shown = Math.Min(add, n);
        // et-al-use-first="0" shows no names at all (citeproc-js prints nothing for the list).
        if (shown < 0) shown = Math.Min(1, n);
        return (shown, shown < n);
    }

    Out RenderList(IReadOnlyList<CslName> names, NameOptions opts, El? etAlEl, Ctx c)
    {
        var (shown, etal) = Shown(names.Count, opts, c);
        if (shown == 0) return new Out();
        var rendered = new List<(Out o, bool inverted)>();
        for (int i = 0; i < shown; i++)
        {
            var one = RenderName(names[i], i, opts, c);
            rendered.Add((new Out { Kids = [one.o], Tag = "name" }, one.inverted));
        }
        var delim = c.SortKey ? "\u0002" : opts.Delimiter;
        var o = new Out();
        bool useLast = etal && (c.NamesUseLast is { } ul ? ul > 0 : opts.EtAlUseLast) && shown <= names.Count - 2;
        string? andTerm = c.SortKey ? null : opts.And switch { "text" => loc.Term("and") ?? "and", "symbol" => "&", _ => null };
        for (int i = 0; i < rendered.Count; i++)
        {
            if (i > 0)
            {
                bool last = i == rendered.Count - 1 && !etal && andTerm is not null;
                if (last)
                {
                    bool withDelim = opts.DelimiterPrecedesLast switch
                    {
                        "always" => true,
                        "never" => false,
                        "after-inverted-name" => rendered[i - 1].inverted,
                        _ => rendered.Count >= 3,
                    };
                    o.Kids.Add(Out.Leaf(withDelim ? delim + andTerm + " " : " " + andTerm + " "));
                }
                else o.Kids.Add(Out.Leaf(delim));
            }
            o.Kids.Add(rendered[i].o);
        }
        if (etal)
        {
            if (useLast)
            {
                o.Kids.Add(Out.Leaf(delim + "… "));
                o.Kids.Add(RenderName(names[^1], names.Count - 1, opts, c).o);
            }
            else if (!c.SortKey)
            {
                var termName = etAlEl?["term"] ?? "et-al";
                var term = loc.Term(termName) ?? "et al.";
                if (term.Length > 0)
                {
                    bool withDelim = opts.DelimiterPrecedesEtAl switch
                    {
                        "always" => true,
                        "never" => false,
                        "after-inverted-name" => rendered[^1].inverted,
                        _ => shown >= 2,
                    };
                    o.Kids.Add(Out.Leaf(withDelim ? delim : " "));
                    var t = Out.Leaf(term);
                    o.Kids.Add(etAlEl is null ? t : r.Format(t, etAlEl));
                }
            }
        }
        return o;
    }

    internal static bool IsCjk(string s) => s.Any(ch => ch >= 0x2E80 && ch <= 0xD7FF || ch >= 0xF900 && ch <= 0xFAFF);

    (Out o, bool inverted) RenderName(CslName n, int index, NameOptions opts, Ctx c)
    {
        var nameEl = opts.Element;
        El? familyPart = nameEl?.Kids.FirstOrDefault(k => k.Name == "name-part" && k.Is("name", "family"));
        El? givenPart = nameEl?.Kids.FirstOrDefault(k => k.Name == "name-part" && k.Is("name", "given"));
        if (n.IsLiteral) return (Part(FieldMarkup.Parse(n.LiteralText), familyPart), false);

        int level = c.NameLevels is not null && (c.NameLevels.TryGetValue(Key(n), out var lv) || index == 0 && c.NameLevels.TryGetValue(PrimaryPrefix + Key(n), out lv)) ? lv : c.GivenLevel;
        var form = opts.Form;
        bool showGiven = form != "short" || level >= 1;
        string? initWith = opts.InitializeWith;
        bool initialize = initWith is not null && !(level >= 2) && !(form == "short" && level == 1 && false);
        var given = n.Given;
        if (given is not null && initWith is not null && level < 2)
            given = Initials(given, initWith, opts.Initialize, style.Root["initialize-with-hyphen"] != "false");
        _ = initialize;

        var family = n.Family ?? "";
        var ndp = n.NonDroppingParticle;
        var dp = n.DroppingParticle;
        string demote = style.Root["demote-non-dropping-particle"] ?? "display-and-sort";
        bool sortOrder = c.SortKey || opts.NameAsSortOrder == "all" || (opts.NameAsSortOrder == "first" && index == 0);
        bool cjk = IsCjk(family + (n.Given ?? ""));

        if (n.Family is null && n.Given is not null) return (Part(FieldMarkup.Parse(n.Given), givenPart), false);
        if (!showGiven || given is null || given.Length == 0)
        {
            var fam = Join(ndp, family);
            var outFam = Part(FieldMarkup.Parse(fam), familyPart);
            if (form != "short" && n.Suffix is { } sfx && showGiven)
                return (Out.Of([outFam, Out.Leaf((n.CommaSuffix ? ", " : " ") + sfx)]), false);
            return (outFam, false);
        }
        if (cjk)
            return (Out.Of([Part(Out.Leaf(family), familyPart), Part(Out.Leaf(given), givenPart)]), sortOrder);
        if (n.StaticOrdering)
            return (Out.Of([Part(Out.Leaf(Join(ndp, family)), familyPart), Part(Out.Leaf(given), givenPart)], " "), false);

        // Each part carries its name-part's formatting on its own: the particles take the family's
        // (non-dropping) or the given name's (dropping) decorations, as citeproc-js renders them; the
        // name-part affixes go around the group the part belongs to ("[Jean] (de La Fontaine III)").
        Out? Deco(string? text, El? part) => string.IsNullOrEmpty(text) ? null : part is null ? FieldMarkup.Parse(text) : r.Format(FieldMarkup.Parse(text), part, affixes: false);
        Out? gOut = Deco(given, givenPart), dpOut = Deco(dp, givenPart), ndpOut = Deco(ndp, familyPart), famOut = Deco(family, familyPart);
        if (!sortOrder)
        {
            var second = Words(dpOut, ndpOut, famOut);
            if (n.Suffix is { } s) second = Out.Of([second, Out.Leaf((n.CommaSuffix ? ", " : " ") + s)]);
            var first = Affixed(gOut!, givenPart);
            // A given-name suffix that ends in a space (a no-break space) is the separator itself.
            bool spaced = givenPart?["suffix"] is { Length: > 0 } gs && char.IsWhiteSpace(gs[^1]);
            return (Out.Of([first, Out.Leaf(spaced ? "" : " "), Affixed(second, familyPart)]), false);
        }
        var sep = c.SortKey ? "\u0002" : opts.SortSeparator;
        Out result;
        if (demote == "display-and-sort" || (c.SortKey && demote == "sort-only"))
            result = Out.Of([Affixed(famOut!, familyPart), Out.Leaf(sep), Affixed(Words(gOut, dpOut, ndpOut), givenPart)]);
        else
            result = Out.Of([Affixed(Words(ndpOut, famOut), familyPart), Out.Leaf(sep), Affixed(Words(gOut, dpOut), givenPart)]);
        if (n.Suffix is { } suffix) result.Kids.Add(Out.Leaf(sep + suffix));
        return (result, true);
    }

    /// <summary>Name parts joined by spaces, except after a particle ending in an apostrophe or a
    /// hyphen ("d’Aubignac").</summary>
    static Out Words(params Out?[] parts)
    {
        var o = new Out();
        foreach (var p in parts)
        {
            if (p is null || p.IsEmpty) continue;
            if (o.Kids.Count > 0 && o.Kids[^1].Plain() is { Length: > 0 } prev && prev[^1] is not ('\'' or '’' or '-')) o.Kids.Add(Out.Leaf(" "));
            o.Kids.Add(p);
        }
        return o;
    }

    static Out Affixed(Out o, El? part) => part is null ? o : new Out { Kids = [o], Prefix = part["prefix"] ?? "", Suffix = part["suffix"] ?? "" };

    /// <summary>Marks a given-name level that applies to a list's first name only (primary-name rules).</summary>
    internal const string PrimaryPrefix = "primary|";

    internal static string Key(CslName n) => $"{n.Family}|{n.Given}|{n.Literal}";

    static string Join(string? a, string? b)
    {
        if (string.IsNullOrEmpty(a)) return b ?? "";
        if (string.IsNullOrEmpty(b)) return a;
        return a[^1] is '\'' or '’' or '-' ? a + b : a + " " + b;
    }

    Out Part(Out o, El? part)
    {
        if (part is null) return o;
        return r.Format(o, part);
    }

    /// <summary>Given names as initials: a word written with a period ("Ph.", "Me.") keeps its letters,
    /// a bare word becomes its initial (or stays whole when initialize="false"), hyphenated names keep
    /// the hyphen ("J.-P.") unless initialize-with-hyphen is false; lowercase words stay as written.</summary>
    internal static string Initials(string given, string with, bool initialize, bool hyphen)
    {
        var sb = new System.Text.StringBuilder();
        var tokens = System.Text.RegularExpressions.Regex.Matches(given, @"([\s.\-]*)([^\s.\-]+)(\.?)");
        bool prevWhole = false;
        foreach (System.Text.RegularExpressions.Match m in tokens)
        {
            var sep = m.Groups[1].Value;
            var word = m.Groups[2].Value;
            bool period = m.Groups[3].Value.Length > 0;
            bool hyphenBefore = sep.Contains('-') && sb.Length > 0;
            // Markup around a given name ("<b>John</b>") stays around its initial ("<b>J.</b>").
            var lead = System.Text.RegularExpressions.Regex.Match(word, "^(?:<[^>]+>)+").Value;
            var trail = word.Length > lead.Length ? System.Text.RegularExpressions.Regex.Match(word[lead.Length..], "(?:<[^>]+>)+$").Value : "";
            if (lead.Length + trail.Length > 0 && word.Length > lead.Length + trail.Length) word = word[lead.Length..^trail.Length];
            else lead = trail = "";
            string piece;
            bool whole;
            // "Guo-ping": a lowercase part after a hyphen is part of the syllable, not a name to initial.
            if (char.IsLower(word[0]) && sep.Contains('-') && sb.Length > 0 && initialize) continue;
            if (char.IsLower(word[0])) { piece = word; whole = true; }
            // "TSerendorjiin": a Mongolian digraph initial keeps both letters ("Ts.").
            else if (initialize && !period && word.Length > 2 && char.IsUpper(word[1]) && char.IsLower(word[2])) { piece = word[0] + char.ToLowerInvariant(word[1]).ToString() + with; whole = false; }
            else if (period) { piece = word + with; whole = false; }
            else if (initialize || word.Length == 1) { piece = (char.IsSurrogate(word[0]) ? word[..2] : word[..1]) + with; whole = false; }
            else if (word.All(char.IsUpper) && word.Length <= 3) { piece = word; whole = true; }
            else { piece = word; whole = true; }
            if (lead.Length + trail.Length > 0) { var bare = piece.TrimEnd(); piece = lead + bare + trail + piece[bare.Length..]; }
            if (hyphenBefore)
            {
                var t = sb.ToString().TrimEnd();
                sb.Clear().Append(t);
                if (hyphen) sb.Append('-');
            }
            else if (sb.Length > 0 && (whole || prevWhole) && sb[^1] != ' ') sb.Append(' ');
            sb.Append(piece);
            prevWhole = whole;
        }
        return sb.ToString().TrimEnd();
    }
}
