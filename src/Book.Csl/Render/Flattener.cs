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

    /// <summary>Unicode superscript letters and digits ("1ᵉʳ", "™") print as superscript runs of the plain
    /// characters, as citeproc-js prints them.</summary>
    static bool IsSuperscript(char ch) => ch is '\u00AA' or '\u00BA' or '\u00B2' or '\u00B3' or '\u00B9' or '\u2120' or '\u2122'
        || ch is >= '\u02B0' and <= '\u02B8' || ch is '\u02C0' or '\u02C1' || ch is >= '\u02E0' and <= '\u02E4'
        || ch is >= '\u1D2C' and <= '\u1D6A' || ch is >= '\u1D9B' and <= '\u1DBF' || ch is >= '\u2070' and <= '\u207F'
        || ch is >= '\u3192' and <= '\u319F' || ch is '\u06E5' or '\u06E6';

    void EmitText(string text, Frame[] stack)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (!IsSuperscript(text[i])) continue;
            Emit(text[start..i], stack);
            // Four have no compatibility form: the modifier glottal stops and the small Arabic waw and yeh.
            var plain = text[i] switch { '\u02C0' => "\u0294", '\u02C1' => "\u0295", '\u06E5' => "\u0648", '\u06E6' => "\u064A", var ch => ch.ToString().Normalize(System.Text.NormalizationForm.FormKC) };
            Emit(plain, [.. stack, new Frame(RichStyle.Superscript, null)]);
            start = i + 1;
        }
        Emit(text[start..], stack);
    }

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
        EmitText(o.Prefix, stack);
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
            Emit(locale.Term(innerQ ? "open-inner-quote" : "open-quote") ?? (innerQ ? "‘" : "“"), inner, open: !o.QuotesAsWritten);
            Content(o, inner, quoteDepth + 1, active);
            Emit(locale.Term(innerQ ? "close-inner-quote" : "close-quote") ?? (innerQ ? "’" : "”"), inner, close: !o.QuotesAsWritten);
        }
        else Content(o, inner, quoteDepth, active);
        EmitText(o.Suffix, stack);
    }

    void Content(Out o, Frame[] stack, int quoteDepth, Active active)
    {
        // A straight apostrophe prints as the typographic one, as citeproc-js prints it.
        // Guillemets written with plain spaces inside keep them as narrow no-break spaces (French usage).
        if (o.Text is not null) { EmitText(o.Text.Replace('\'', '’').Replace("« ", "«\u202F").Replace(" »", "\u202F»"), stack); return; }
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

    const string Punct = ".,;:!?";

    /// <summary>What citeproc-js does when punctuation b follows punctuation a: drop b, replace a by b,
    /// or keep both (e.g. "etc." + "." → "etc.", "Title:" + "!" → "Title!", "Jr.," stays).</summary>
    static string Join(string text, char b)
    {
        if (text.Length == 0) return b.ToString();
        char a = text[^1];
        if (b == ' ' && a == ' ') return text;
        if (Punct.IndexOf(a) < 0 || Punct.IndexOf(b) < 0) return text + b;
        bool drop = (b == ':' && a is ':' or ';' or '!' or '?') || (b == '.' && a is ':' or '.' or ';' or '!' or '?')
                    || (b == ';' && a == ';') || (b == '!' && a == '!') || (b == '?' && a == '?') || (b == ',' && a == ',');
        if (drop) return text;
        if (b is '!' or '?' && a is ':' or ';') return text[..^1] + b;
        return text + b;
    }

    static int PunctRun(string s, bool leading)
    {
        int n = 0;
        if (leading) while (n < s.Length && Punct.IndexOf(s[n]) >= 0) n++;
        else while (n < s.Length && Punct.IndexOf(s[^(n + 1)]) >= 0) n++;
        return n;
    }

    void FixPunctuation()
    {
        bool inQuote = locale.PunctuationInQuote;
        for (int i = 0; i < _pieces.Count; i++)
        {
            var p = _pieces[i];
            if (!p.CloseQuote) continue;
            // Inside quotes, punctuation goes past every quote closing there ("the ‘One.’”").
            int k = PrevNonEmpty(i, skipQuotes: inQuote);
            if (k < 0 || _pieces[k].OpenQuote) continue;
            var content = _pieces[k];
            // The punctuation that follows the quotation, over as many pieces as it spans.
            var following = new System.Text.StringBuilder();
            for (int j = NextNonEmpty(i); j >= 0 && !_pieces[j].OpenQuote && !_pieces[j].CloseQuote; j = NextNonEmpty(j))
            {
                int lead = PunctRun(_pieces[j].Text, leading: true);
                following.Append(_pieces[j].Text[..lead]);
                _pieces[j].Text = _pieces[j].Text[lead..];
                if (_pieces[j].Text.Length > 0) break;
            }
            if (inQuote)
            {
                // Punctuation after the closing quote goes inside ("Title,”), merged with what ends the
                // quotation; a colon or semicolon (and what follows it) stays outside.
                foreach (var ch in following.ToString()) content.Text = Join(content.Text, ch);
                int run = PunctRun(content.Text, leading: false);
                int cut = -1;
                for (int x = content.Text.Length - run; x < content.Text.Length; x++)
                    if (content.Text[x] is ':' or ';') { cut = x; break; }
                if (cut >= 0)
                {
                    var tail = content.Text[cut..];
                    content.Text = content.Text[..cut];
                    _pieces.Insert(i + 1, new Piece(tail, p.Stack));
                }
            }
            else
            {
                // Outside: what ends the quotation moves out and merges with what follows.
                int run = PunctRun(content.Text, leading: false);
                var tail = content.Text[^run..];
                content.Text = content.Text[..^run];
                foreach (var ch in following.ToString()) tail = Join(tail, ch);
                if (tail.Length > 0) _pieces.Insert(i + 1, new Piece(tail, p.Stack));
            }
        }
        for (int i = 0; i < _pieces.Count; i++)
        {
            var p = _pieces[i];
            if (p.Text.Length == 0 || p.OpenQuote || p.CloseQuote) continue;
            int prev = PrevNonEmpty(i, skipQuotes: false);
            if (prev < 0 || _pieces[prev].OpenQuote || _pieces[prev].CloseQuote) continue;
            char b = p.Text[0];
            if (b != ' ' && Punct.IndexOf(b) < 0) continue;
            var before = _pieces[prev].Text;
            var joined = Join(before, b);
            if (joined == before + b) continue;
            if (joined == before) p.Text = p.Text[1..];      // b dropped
            else _pieces[prev].Text = before[..^1];          // the earlier mark gives way to b
            i--;
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
