namespace Book.Layout.Paragraphs;

public sealed partial class ParagraphSetter
{
    /// <summary>
    /// A paragraph as the setter sees it: its runs and its spec. Setting is a pure function of
    /// these (and the setter's fonts), so equal keys give equal lines.
    /// </summary>
    readonly struct ParagraphKey : IEquatable<ParagraphKey>
    {
        readonly StyledRun[] _runs;
        readonly ParagraphSpec _spec;
        readonly int _hash;

        public ParagraphKey(IReadOnlyList<StyledRun> runs, ParagraphSpec spec)
        {
            _runs = runs.ToArray();
            _spec = spec;
            var h = new HashCode();
            h.Add(spec);
            foreach (var r in _runs) h.Add(r);
            _hash = h.ToHashCode();
        }

        public bool Equals(ParagraphKey other) =>
            _hash == other._hash && _spec.Equals(other._spec) && _runs.AsSpan().SequenceEqual(other._runs);

        public override bool Equals(object? obj) => obj is ParagraphKey k && Equals(k);
        public override int GetHashCode() => _hash;
    }

    /// <summary>
    /// Short paragraphs set before, by content: running heads and folios (the same few on every
    /// page), contents lines, table cells and the words a table measures, chronology dates.
    /// Long paragraphs are not kept: a division whose page references did not change keeps its
    /// composed pages from the last pass (see Typesetter.ComposeAhead), so body text is rarely set
    /// twice, and copies of every line of a long book would only fill the heap the GC must walk.
    /// Callers may add pieces to the lines they get (list labels, chronology dates), so the cache
    /// keeps its own copy and hands out copies.
    /// </summary>
    readonly System.Collections.Concurrent.ConcurrentDictionary<ParagraphKey, (TextLine[] Lines, int Bad)> _paragraphs = new();

    /// <summary>Paragraphs with more text than this are set every time.</summary>
    const int MaxCachedChars = 160;

    /// <summary>
    /// Past this many paragraphs the cache stops growing: what repeats (heads, folios, contents
    /// lines) is in it long before, and a 100,000-row table would otherwise keep a copy of every cell.
    /// </summary>
    const int MaxCachedParagraphs = 20_000;
    int _cachedParagraphs; // ConcurrentDictionary.Count takes every lock

    public List<TextLine> Set(IReadOnlyList<StyledRun> runs, ParagraphSpec spec, out int badLines)
    {
        if (spec.Balance && spec.Align == Alignment.Center) return SetBalanced(runs, spec, out badLines);
        int chars = 0;
        for (int i = 0; i < runs.Count && chars <= MaxCachedChars; i++) chars += runs[i].Text.Length;
        if (chars > MaxCachedChars) return SetUncached(runs, spec, out badLines);
        var key = new ParagraphKey(runs, spec);
        if (_paragraphs.TryGetValue(key, out var hit))
        {
            badLines = hit.Bad;
            var copy = new List<TextLine>(hit.Lines.Length);
            foreach (var l in hit.Lines) copy.Add(l.Clone());
            return copy;
        }
        var lines = SetUncached(runs, spec, out badLines);
        if (Volatile.Read(ref _cachedParagraphs) >= MaxCachedParagraphs) return lines;
        var kept = new TextLine[lines.Count];
        for (int i = 0; i < kept.Length; i++) kept[i] = lines[i].Clone();
        if (_paragraphs.TryAdd(key, (kept, badLines))) Interlocked.Increment(ref _cachedParagraphs);
        return lines;
    }
}
