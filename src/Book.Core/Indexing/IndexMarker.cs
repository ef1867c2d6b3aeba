using System.Globalization;
using Book.Model;

namespace Book.Core.Indexing;

/// <summary>An index entry after marking: its definition, its slug, and its occurrences' anchor ids in reading order.</summary>
public sealed record IndexedTerm(IndexDefinition Definition, string Slug, IReadOnlyList<string> AnchorIds);

public sealed record IndexMarkResult(BookDocument Book, IReadOnlyList<IndexedTerm> Terms);

/// <summary>
/// Marks index occurrences in the text. Every occurrence of a variant becomes
/// <c>IndexTerm(content, "ix:{slug}:{n}")</c>, an anchor unique to that occurrence, n counting
/// in reading order (a division's notes are visited where they are first referenced).
///
/// Matching is exact and ordinal: case-sensitive, no culture (İ, I, ı and i are four letters),
/// no normalisation. A match must be a whole word: the characters before and after it, also
/// across neighbouring inlines, must not be letters, digits or combining marks, so "Agdam" is not
/// found in "Agdamlı" but is in "Agdam's" and "Agdam-based". At each place the longest variant
/// wins ("Nagorno-Karabakh" before "Karabakh"). Headings are not searched (their text is repeated
/// in the contents and running heads) and neither is code.
///
/// Explicit marks <c>[text]{.index}</c> / <c>{.index entry="Term"}</c> arrive as IndexTerm whose
/// EntryId is a term or variant; they are mapped onto that entry (or a new entry of that name) in
/// every division, also where automatic marking is off.
/// </summary>
public sealed class IndexMarker
{
    sealed class Entry(IndexDefinition def, string slug)
    {
        public IndexDefinition Def { get; } = def;
        public string Slug { get; } = slug;
        public List<string> Anchors { get; } = new();
    }

    readonly List<Entry> _entries = new();
    readonly Dictionary<string, Entry> _byVariant = new(StringComparer.Ordinal);
    readonly Dictionary<string, Entry> _byTerm = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> _seeTerms = new(StringComparer.Ordinal);
    readonly HashSet<string> _slugs = new(StringComparer.Ordinal);
    /// <summary>Variants by first character, longest first, so the first fitting one is the longest match.</summary>
    readonly Dictionary<char, List<(string Variant, Entry Entry)>> _byFirstChar = new();

    IndexMarker(IEnumerable<IndexDefinition> definitions)
    {
        foreach (var d in definitions) Add(d);
        foreach (var list in _byFirstChar.Values)
            list.Sort((a, b) => a.Variant.Length != b.Variant.Length ? b.Variant.Length.CompareTo(a.Variant.Length) : string.CompareOrdinal(a.Variant, b.Variant));
    }

    Entry Add(IndexDefinition def)
    {
        var baseSlug = Slug.From(def.Term);
        var slug = baseSlug;
        for (int n = 2; !_slugs.Add(slug); n++) slug = baseSlug + "-" + n.ToString(CultureInfo.InvariantCulture);
        var e = new Entry(def, slug);
        _entries.Add(e);
        if (def.See is not null) { _seeTerms.TryAdd(def.Term, def.See); return e; }
        _byTerm.TryAdd(def.Term, e);
        foreach (var v in def.Variants)
        {
            if (!_byVariant.TryAdd(v, e)) continue;
            if (!_byFirstChar.TryGetValue(v[0], out var list)) _byFirstChar[v[0]] = list = new();
            list.Add((v, e));
        }
        return e;
    }

    /// <summary>
    /// Marks <paramref name="book"/>. <paramref name="autoMark"/> says in which divisions variants are
    /// looked for in the text; explicit marks are handled everywhere.
    /// </summary>
    public static IndexMarkResult Mark(BookDocument book, IReadOnlyList<IndexDefinition> definitions, Func<Division, bool> autoMark)
    {
        var marker = new IndexMarker(definitions);
        var divisions = book.Divisions.Select(d => new Marking(marker, autoMark(d)).VisitDivision(d)).ToList();
        var terms = marker._entries.Select(e => new IndexedTerm(e.Def, e.Slug, e.Anchors.ToList())).ToList();
        return new IndexMarkResult(book with { Divisions = divisions }, terms);
    }

    string NewAnchor(Entry e)
    {
        var id = $"ix:{e.Slug}:{(e.Anchors.Count + 1).ToString(CultureInfo.InvariantCulture)}";
        e.Anchors.Add(id);
        return id;
    }

    /// <summary>The entry an explicit mark names: a variant, a term, the target of a "see" term, or a new entry.</summary>
    Entry EntryFor(string name)
    {
        if (_byVariant.TryGetValue(name, out var e)) return e;
        if (_byTerm.TryGetValue(name, out e)) return e;
        if (_seeTerms.TryGetValue(name, out var target) && _byTerm.TryGetValue(target, out e)) return e;
        e = Add(new IndexDefinition(name, [], null, null));
        _byTerm[name] = e;
        return e;
    }

    // ---- walking the division in reading order ----

    /// <summary>
    /// One division's walk. Inlines are searched with what stands before and after them, also across
    /// neighbouring inlines; headings, bibliography entries and the text of explicit marks are not
    /// searched (but their notes are, as written text).
    /// </summary>
    sealed class Marking(IndexMarker marker, bool divisionAuto) : ModelRewriter
    {
        bool _auto; // set per block in VisitBlock
        // The text characters around the inline list about to be visited (' ' at a block's edge).
        char _before = ' ', _after = ' ';

        public override Block VisitBlock(Block b)
        {
            var outer = _auto;
            _auto = b is not (Heading or BibliographyEntry) && divisionAuto;
            try { return base.VisitBlock(b); }
            finally { _auto = outer; }
        }

        // An index line is the index itself, not an occurrence.
        public override Block VisitIndexEntry(IndexEntry e) => e;

        public override IReadOnlyList<Inline> VisitInlines(IReadOnlyList<Inline> list)
        {
            char before = _before, after = _after;
            _before = _after = ' ';
            var result = new List<Inline>(list.Count);
            for (int i = 0; i < list.Count; i++)
            {
                char prev = i == 0 ? before : LastChar(list[i - 1]) ?? before;
                char next = i == list.Count - 1 ? after : FirstChar(list[i + 1]) ?? after;
                switch (list[i])
                {
                    case Text t when _auto: marker.MatchText(t.Value, prev, next, result); break;
                    case Emphasis or Strong or Link or Span:
                        (_before, _after) = (prev, next);
                        result.Add(VisitInline(list[i]));
                        break;
                    case IndexTerm t:
                    {
                        var anchor = marker.NewAnchor(marker.EntryFor(t.EntryId));
                        var outer = _auto;
                        _auto = false;
                        (_before, _after) = (prev, next);
                        result.Add(new IndexTerm(VisitInlines(t.Content), anchor));
                        _auto = outer;
                        break;
                    }
                    case NoteRef r: result.Add(VisitNoteRef(r)); break;
                    default: result.Add(list[i]); break;
                }
            }
            return result;
        }
    }

    /// <summary>Splits one text run at every whole-word occurrence of a variant, leftmost and longest first.</summary>
    void MatchText(string s, char before, char after, List<Inline> result)
    {
        int last = 0;
        for (int pos = 0; pos < s.Length; pos++)
        {
            if (IsWordChar(pos == 0 ? before : s[pos - 1])) continue;
            if (!_byFirstChar.TryGetValue(s[pos], out var candidates)) continue;
            foreach (var (variant, entry) in candidates)
            {
                int end = pos + variant.Length;
                if (end > s.Length || string.CompareOrdinal(s, pos, variant, 0, variant.Length) != 0) continue;
                if (IsWordChar(end == s.Length ? after : s[end])) continue;
                if (pos > last) result.Add(new Text(s[last..pos]));
                result.Add(new IndexTerm([new Text(variant)], NewAnchor(entry)));
                last = end;
                pos = end - 1;
                break;
            }
        }
        if (last == 0) result.Add(new Text(s));
        else if (last < s.Length) result.Add(new Text(s[last..]));
    }

    static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c)
            is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>The text character at an inline's edge; null when it shows no text (then the outer context applies).</summary>
    static char? FirstChar(Inline i) => Edge(i, first: true);
    static char? LastChar(Inline i) => Edge(i, first: false);

    static char? Edge(Inline i, bool first) => i switch
    {
        NoteRef or Citation or CrossRef or PageRef or LineBreak => ' ',
        _ => PlainEdge(i, first),
    };

    /// <summary>
    /// The first (or last) character of <see cref="InlineText.Plain"/> of the inline, found without
    /// building that text: this runs twice per inline of the whole book.
    /// </summary>
    static char? PlainEdge(Inline i, bool first) => i switch
    {
        Text t => EdgeOf(t.Value, first),
        Code c => EdgeOf(c.Value, first),
        Emphasis e => PlainEdge(e.Content, first),
        Strong s => PlainEdge(s.Content, first),
        Link l => PlainEdge(l.Content, first),
        Span s => PlainEdge(s.Content, first),
        IndexTerm t => PlainEdge(t.Content, first),
        LineBreak => ' ',
        _ => null,
    };

    static char? PlainEdge(IReadOnlyList<Inline> content, bool first)
    {
        for (int k = 0; k < content.Count; k++)
            if (PlainEdge(content[first ? k : content.Count - 1 - k], first) is { } c) return c;
        return null;
    }

    static char? EdgeOf(string s, bool first) => s.Length == 0 ? null : first ? s[0] : s[^1];
}
