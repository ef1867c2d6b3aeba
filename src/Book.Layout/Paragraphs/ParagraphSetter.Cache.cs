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
    /// Set paragraphs by content. The typesetter lays the book out again until page references
    /// settle (up to four passes); from the second pass on, only paragraphs whose text changed —
    /// those with a page number in them — are set again. Callers may add pieces to the lines
    /// they get (list labels, chronology dates), so the cache keeps its own copy and hands out copies.
    /// </summary>
    readonly Dictionary<ParagraphKey, (TextLine[] Lines, int Bad)> _paragraphs = [];
    readonly Lock _paragraphGate = new();

    public List<TextLine> Set(IReadOnlyList<StyledRun> runs, ParagraphSpec spec, out int badLines)
    {
        var key = new ParagraphKey(runs, spec);
        (TextLine[] Lines, int Bad) hit;
        bool found;
        lock (_paragraphGate) found = _paragraphs.TryGetValue(key, out hit);
        if (found)
        {
            badLines = hit.Bad;
            var copy = new List<TextLine>(hit.Lines.Length);
            foreach (var l in hit.Lines) copy.Add(l.Clone());
            return copy;
        }
        var lines = SetUncached(runs, spec, out badLines);
        var kept = new TextLine[lines.Count];
        for (int i = 0; i < kept.Length; i++) kept[i] = lines[i].Clone();
        lock (_paragraphGate) _paragraphs.TryAdd(key, (kept, badLines));
        return lines;
    }
}
