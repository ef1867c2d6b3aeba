namespace Book.Csl;

public sealed partial class CslProcessor
{
    /// <summary>Formats all citations of a document, in document order (positions, disambiguation and
    /// numbering depend on the whole sequence). One rich text per cluster.</summary>
    public IReadOnlyList<RichText> ProcessCitations(IReadOnlyList<CitationCluster> clusters)
    {
        var citation = _style.Citation!;
        var layout = citation.Kid("layout")!;
        foreach (var cl in clusters)
            foreach (var ci in cl.Items)
                if (_byId.ContainsKey(ci.Id) && _cited.Add(ci.Id)) _citedOrder.Add(ci.Id);
        BibOrder();
        if (!_disambiguated) { Disambiguate(); _disambiguated = true; }

        var sorting = new Sorting(_r, citation.Kid("sort"), CollationKey);
        var positions = new PositionTracker(int.TryParse(citation["near-note-distance"], out var nd) ? nd : 5);

        // First, in document order, what each citation depends on: its cites sorted, their positions.
        var plans = new List<CitePlan>(clusters.Count);
        foreach (var cl in clusters)
        {
            var known = cl.Items.Where(ci => _byId.ContainsKey(ci.Id)).ToList();
            foreach (var ci in cl.Items.Where(ci => !_byId.ContainsKey(ci.Id)))
                _warnings.Add($"no item with id \"{ci.Id}\"");
            var cites = known.Select(ci => (ci, ctx: CiteCtx(ci, citation))).ToList();
            cites = sorting.Sort(cites, x => x.ctx);
            positions.Assign(cites.Select(x => (x.ci, x.ctx)).ToList(), cl.NoteIndex);
            // A book cites the same source the same way again and again ("Smith, History, 9."): a
            // one-cite citation is formatted once per everything its text depends on.
            var key = cites.Count == 1 ? SingleCiteKey(cites[0].ci, cites[0].ctx) : null;
            plans.Add(new CitePlan(cites, key, cl.Items.Count > 0 && cl.Items.All(i => i.AuthorOnly)));
        }

        // Then the texts. Each depends only on its plan and on choices already settled, so the ones
        // not known yet are formatted in parallel (a renderer per thread), each into its own slot.
        var results = new RichText[plans.Count];
        var todo = new List<int>();
        var firstWithKey = new Dictionary<(CiteItem, Position, bool, int), int>();
        for (int i = 0; i < plans.Count; i++)
        {
            if (plans[i].Key is not { } key) { todo.Add(i); continue; }
            if (_singleCites.TryGetValue(key, out var same)) results[i] = same;
            else if (firstWithKey.TryAdd(key, i)) todo.Add(i);
        }
        if (todo.Count < ParallelFrom)
            foreach (var i in todo) results[i] = Format(plans[i], _r, layout, citation);
        else
            Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, todo.Count, Math.Max(16, todo.Count / (4 * Environment.ProcessorCount))),
                () => new Renderer(_style, _locale),
                (range, _, renderer) =>
                {
                    for (int j = range.Item1; j < range.Item2; j++) results[todo[j]] = Format(plans[todo[j]], renderer, layout, citation);
                    return renderer;
                },
                _ => { });
        for (int i = 0; i < plans.Count; i++)
        {
            if (plans[i].Key is not { } key) continue;
            if (results[i] is null) results[i] = results[firstWithKey[key]];
            else _singleCites.TryAdd(key, results[i]);
        }
        return results;
    }

    /// <summary>Citations with fewer texts to format than this are formatted on one thread.</summary>
    const int ParallelFrom = 64;

    sealed record CitePlan(List<(CiteItem ci, Ctx ctx)> Cites, (CiteItem, Position, bool, int)? Key, bool AuthorOnly);

    RichText Format(CitePlan plan, Renderer r, El layout, El citation)
    {
        var rendered = plan.Cites.Select(x => (x.ci, x.ctx, o: RenderCite(r, layout, x.ci, x.ctx))).ToList();
        // A note opens with a capital, and so does a cite whose prefix ends a sentence.
        if (_style.Class == "note")
            for (int i = 0; i < rendered.Count; i++)
                if (i == 0 || !string.IsNullOrEmpty(rendered[i].ci.Prefix)) CapitalizeLeadingTerm(rendered[i].ci, rendered[i].o);
        var body = Collapse(rendered, citation, layout);
        // The author alone (Pandoc's narrative @key) is a name in the running text: no layout affixes.
        var root = plan.AuthorOnly ? body : LayoutWrap(body, layout);
        return new Flattener(_locale).Flatten(root);
    }

    // Per-item choices (disambiguation, numbers) are settled before any cite is formatted, so the
    // cite and its position are all that can differ.
    readonly Dictionary<(CiteItem Cite, Position Position, bool NearNote, int FirstNote), RichText> _singleCites = new();

    static (CiteItem, Position, bool, int)? SingleCiteKey(CiteItem ci, Ctx c) => (ci, c.Position, c.NearNote, c.FirstNoteNumber);

    /// <summary>The layout's formatting goes around its affixes: "&lt;b&gt;([1]–[3])&lt;/b&gt;".</summary>
    static Out LayoutWrap(Out body, El layout)
    {
        var inner = new Out { Kids = [body], Prefix = layout["prefix"] ?? "", Suffix = layout["suffix"] ?? "" };
        var outer = new Out { Kids = [inner] };
        Renderer.AddStyles(outer, layout);
        return outer;
    }

    const string NoPrintedForm = "[CSL STYLE ERROR: reference with no printed form.]";

    Ctx CiteCtx(CiteItem ci, El citation)
    {
        var c = NewCtx(_byId[ci.Id], citation, false);
        c.Cite = ci;
        return c;
    }

    static Out RenderCite(Renderer r, El layout, CiteItem ci, Ctx c)
    {
        var o = r.Item(layout, c);
        if (ci.SuppressAuthor && o.Find("names") is { } n) Blank(n);
        if (ci.AuthorOnly) o = o.Find("names") is { } names ? Detach(names) : new Out();
        if (o.IsEmpty) o = ci.AuthorOnly || ci.SuppressAuthor ? o : Out.Leaf(NoPrintedForm);
        if (o.IsEmpty) return o;
        var w = new Out { Kids = [o] };
        // The writer's prefix and suffix may carry markup (<i>, quotes), read like a field.
        if (!string.IsNullOrEmpty(ci.Prefix)) w.Kids.Insert(0, FieldMarkup.Parse(ci.Prefix, quotes: false));
        if (!string.IsNullOrEmpty(ci.Suffix)) w.Kids.Add(FieldMarkup.Parse(ci.Suffix, quotes: false));
        return w;
    }

    /// <summary>A note opens with a capital: a term first in the note ("ibid.") is capitalized, also after
    /// a prefix that ends a sentence ("This has been said. Ibid."), but not after a one-word abbreviation.</summary>
    static void CapitalizeLeadingTerm(CiteItem ci, Out o)
    {
        var p = ci.Prefix?.Trim().TrimEnd('”', '’', '"', '\'', ')');
        if (!string.IsNullOrEmpty(p) && !(p.EndsWith('.') && p.Contains(' '))) return;
        var leaf = FirstLeaf(o, skipPrefixOf: string.IsNullOrEmpty(p) ? null : o);
        if (leaf?.Tag == "term" && leaf.Text is { Length: > 0 } t) leaf.Text = char.ToUpperInvariant(t[0]) + t[1..];
    }

    static Out? FirstLeaf(Out o, Out? skipPrefixOf)
    {
        if (o.IsEmpty) return null;
        if (o.Prefix.Length > 0) return null;
        if (o.Text is not null) return o;
        bool first = true;
        foreach (var k in o.Kids)
        {
            if (k.IsEmpty) continue;
            if (first && skipPrefixOf == o) { first = false; continue; }
            return FirstLeaf(k, null);
        }
        return null;
    }

    static void Blank(Out o) { o.Kids = []; o.Text = null; o.Prefix = o.Suffix = ""; }

    static Out Detach(Out o) => new() { Kids = o.Kids, Styles = o.Styles, Delim = o.Delim, Text = o.Text };

    /// <summary>Cite positions across a document: first, subsequent, ibid (same item as the cite just
    /// before, same or no locator), ibid-with-locator, and near-note within the style's distance.</summary>
    sealed class PositionTracker(int nearNoteDistance)
    {
        readonly Dictionary<string, int> _firstNote = new(StringComparer.Ordinal);
        readonly Dictionary<string, int> _lastNote = new(StringComparer.Ordinal);
        // Citations in running text (note 0) and in notes are two streams: an in-text cite after a
        // note is "ibid" to the in-text cite before it, as citeproc-js judges it.
        List<CiteItem> _previousInText = [], _previousInNote = [];
        // Every cite of the last note: a note holding two citations is no single source to "ibid" to.
        List<CiteItem> _lastNoteCites = [];
        int _currentNote = -1;

        public void Assign(List<(CiteItem ci, Ctx ctx)> cites, int note)
        {
            var previousCluster = note == 0 ? _previousInText : note == _currentNote ? _previousInNote : _lastNoteCites;
            for (int j = 0; j < cites.Count; j++)
            {
                var (ci, c) = cites[j];
                if (!_firstNote.TryGetValue(ci.Id, out var first))
                {
                    c.Position = Position.First;
                    _firstNote[ci.Id] = note;
                }
                else
                {
                    c.FirstNoteNumber = first;
                    CiteItem? prev = j > 0 ? cites[j - 1].ci : previousCluster.Count == 1 ? previousCluster[0] : null;
                    if (prev is not null && prev.Id == ci.Id)
                    {
                        var loc = Norm(ci.Locator);
                        var prevLoc = Norm(prev.Locator);
                        if (loc is null) c.Position = prevLoc is null ? Position.Ibid : Position.Subsequent;
                        else c.Position = loc == prevLoc && (ci.Label ?? "page") == (prev.Label ?? "page") ? Position.Ibid : Position.IbidWithLocator;
                    }
                    else c.Position = Position.Subsequent;
                    c.NearNote = _lastNote.TryGetValue(ci.Id, out var last) && note - last <= nearNoteDistance;
                }
                _lastNote[ci.Id] = note;
            }
            if (note == 0) _previousInText = cites.Select(x => x.ci).ToList();
            else
            {
                _previousInNote = cites.Select(x => x.ci).ToList();
                if (note == _currentNote) _lastNoteCites.AddRange(_previousInNote);
                else _lastNoteCites = [.. _previousInNote];
                _currentNote = note;
            }
        }

        static string? Norm(string? s) => string.IsNullOrEmpty(s) ? null : s;
    }
}
