namespace Book.Csl;

/// <summary>Settles an <see cref="Out"/> tree into <see cref="RichText"/>: affixes outside formatting,
/// quotes from the locale (inner quotes when nested), nested italics flipped upright, punctuation moved
/// inside closing quotes where the locale asks, and doubled punctuation at joins removed.</summary>
sealed class Flattener(LocaleChain locale)
{
    sealed record Frame(RichStyle Style, string? Href);
    sealed class Piece(string text, Frame[] stack)
    {
        public string Text = text;
        public Frame[] Stack = stack;
        public bool CloseQuote, OpenQuote;
    }

    readonly List<Piece> _pieces = [];

    public RichText Flatten(Out root)
    {
        _pieces.Clear();
        Walk(root, [], 0, Active.None);
        FixPunctuation();
        return new RichText(Build());
    }

    [Flags] enum Active { None = 0, Italic = 1, Bold = 2, SmallCaps = 4, Sup = 8, Sub = 16 }

    void Emit(string text, Frame[] stack, bool open = false, bool close = false)
    {
        if (text.Length == 0) return;
        _pieces.Add(new Piece(text, stack) { OpenQuote = open, CloseQuote = close });
    }

    void Walk(Out o, Frame[] stack, int quoteDepth, Active active)
    {
        if (o.IsEmpty) return;
        if (o.Display is { } d)
        {
            var ds = d switch { "block" => RichStyle.Block, "left-margin" => RichStyle.LeftMargin, "right-inline" => RichStyle.RightInline, "indent" => RichStyle.Indent, _ => (RichStyle?)null };
            if (ds is { } x) stack = [.. stack, new Frame(x, null)];
        }
        Emit(o.Prefix, stack);
        var inner = stack;
        if (o.NoDecor)
        {
            if (active.HasFlag(Active.Italic)) inner = [.. inner, new Frame(RichStyle.NormalStyle, null)];
            if (active.HasFlag(Active.Bold)) inner = [.. inner, new Frame(RichStyle.NormalWeight, null)];
            if (active.HasFlag(Active.SmallCaps)) inner = [.. inner, new Frame(RichStyle.NormalVariant, null)];
            active &= ~(Active.Italic | Active.Bold | Active.SmallCaps);
        }
        foreach (var s in o.Styles)
        {
            var (style, next) = Flip(s, active);
            active = next;
            if (style is { } st) inner = [.. inner, new Frame(st, st == RichStyle.Link ? o.Href : null)];
        }
        if (o.Quotes)
        {
            bool innerQ = quoteDepth % 2 == 1;
            Emit(locale.Term(innerQ ? "open-inner-quote" : "open-quote") ?? (innerQ ? "‘" : "“"), inner, open: true);
            Content(o, inner, quoteDepth + 1, active);
            Emit(locale.Term(innerQ ? "close-inner-quote" : "close-quote") ?? (innerQ ? "’" : "”"), inner, close: true);
        }
        else Content(o, inner, quoteDepth, active);
        Emit(o.Suffix, stack);
    }

    void Content(Out o, Frame[] stack, int quoteDepth, Active active)
    {
        // A straight apostrophe prints as the typographic one, as citeproc-js prints it.
        if (o.Text is not null) { Emit(o.Text.Replace('\'', '’'), stack); return; }
        bool first = true;
        foreach (var k in o.Kids)
        {
            if (k.IsEmpty) continue;
            if (!first) Emit(o.Delim, stack);
            first = false;
            Walk(k, stack, quoteDepth, active);
        }
    }

    /// <summary>A style applied where it is already active turns it off (italic in italic prints upright).</summary>
    static (RichStyle?, Active) Flip(RichStyle s, Active a) => s switch
    {
        RichStyle.Italic => a.HasFlag(Active.Italic) ? (RichStyle.NormalStyle, a & ~Active.Italic) : (RichStyle.Italic, a | Active.Italic),
        RichStyle.Bold => a.HasFlag(Active.Bold) ? (RichStyle.NormalWeight, a & ~Active.Bold) : (RichStyle.Bold, a | Active.Bold),
        RichStyle.SmallCaps => a.HasFlag(Active.SmallCaps) ? (RichStyle.NormalVariant, a & ~Active.SmallCaps) : (RichStyle.SmallCaps, a | Active.SmallCaps),
        // "normal" only prints where there is something to undo.
        RichStyle.NormalStyle => a.HasFlag(Active.Italic) ? (s, a & ~Active.Italic) : (null, a),
        RichStyle.NormalWeight => a.HasFlag(Active.Bold) ? (s, a & ~Active.Bold) : (null, a),
        RichStyle.NormalVariant => a.HasFlag(Active.SmallCaps) ? (s, a & ~Active.SmallCaps) : (null, a),
        _ => (s, a),
    };

    void FixPunctuation()
    {
        bool inQuote = locale.PunctuationInQuote;
        for (int i = 0; i < _pieces.Count; i++)
        {
            var p = _pieces[i];
            if (p.Text.Length == 0) continue;
            if (inQuote && p.CloseQuote)
            {
                // "Title," → "Title,": a following period or comma moves inside the closing quote.
                int j = NextNonEmpty(i);
                if (j >= 0 && _pieces[j].Text[0] is '.' or ',' && !_pieces[j].OpenQuote)
                {
                    var ch = _pieces[j].Text[0];
                    _pieces[j].Text = _pieces[j].Text[1..];
                    int k = PrevNonEmpty(i, skipQuotes: false);
                    char before = k >= 0 ? _pieces[k].Text[^1] : ' ';
                    if (!(ch == '.' && before is '.' or '?' or '!') && !(ch == ',' && before == ','))
                        _pieces.Insert(i, new Piece(ch.ToString(), p.Stack));
                    continue;
                }
            }
            if (p.OpenQuote || p.CloseQuote) continue;
            int prev = PrevNonEmpty(i, skipQuotes: inQuote);
            if (prev < 0) continue;
            char a = _pieces[prev].Text[^1], b = p.Text[0];
            if ((b == '.' && a is '.' or '?' or '!') || (b is ',' or ';' or ':' && a == b) || (b == ' ' && a == ' '))
            {
                p.Text = p.Text[1..];
                i--;
            }
        }
    }

    int NextNonEmpty(int i)
    {
        for (int j = i + 1; j < _pieces.Count; j++) if (_pieces[j].Text.Length > 0) return j;
        return -1;
    }

    int PrevNonEmpty(int i, bool skipQuotes)
    {
        for (int j = i - 1; j >= 0; j--)
        {
            if (_pieces[j].Text.Length == 0) continue;
            if (skipQuotes && _pieces[j].CloseQuote) continue;
            return j;
        }
        return -1;
    }

    List<RichNode> Build()
    {
        var root = new List<RichNode>();
        var open = new List<(Frame frame, List<RichNode> kids)>();
        List<RichNode> Current() => open.Count == 0 ? root : open[^1].kids;
        foreach (var p in _pieces)
        {
            if (p.Text.Length == 0) continue;
            int common = 0;
            while (common < open.Count && common < p.Stack.Length && ReferenceEquals(open[common].frame, p.Stack[common])) common++;
            while (open.Count > common) Close();
            for (int i = common; i < p.Stack.Length; i++) open.Add((p.Stack[i], []));
            var cur = Current();
            if (cur.Count > 0 && cur[^1] is RichRun r) cur[^1] = new RichRun(r.Text + p.Text);
            else cur.Add(new RichRun(p.Text));
        }
        while (open.Count > 0) Close();
        return root;

        void Close()
        {
            var (frame, kids) = open[^1];
            open.RemoveAt(open.Count - 1);
            Current().Add(new RichSpan(frame.Style, kids, frame.Href));
        }
    }
}
