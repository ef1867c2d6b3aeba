using System.Text;
using Book.Core.Typography;
using Book.Model;

namespace Book.Core.Pipeline;

/// <summary>
/// Smart punctuation (<see cref="SmartPunctuation"/>) and no-break spaces (<see cref="NoBreakSpaces"/>)
/// over every text of the book in one pass: paragraphs, headings, titles, notes, table cells (CSV ones
/// too), captions, chronology entries and dates, and the title page's lines from book.yaml. Each inline
/// run is read whole, through its emphasis, links and spans, so a quote may open in italics and close
/// outside them; a <c>[…]{lang=ru}</c> span quotes in its own language. Code, raw markup, URLs shown as
/// their own text and note marks are never changed. Runs last, once every text (a citation's included) is in.
/// Hand-written note marks move after the punctuation they stand at (<see cref="NoteMarks"/>), as the citations' do.
/// </summary>
public sealed class TypographyStage : IResolveStage
{
    public BookDocument Apply(BookDocument book, ResolveContext context) => Typeset(book);

    public static BookDocument Typeset(BookDocument book)
    {
        var lang = book.Meta.Language;
        var meta = book.Meta with
        {
            // Quotes only: these are also the document's metadata, searched as typed (no no-break spaces there).
            Title = Line(book.Meta.Title, lang, spaces: false),
            Subtitle = book.Meta.Subtitle is { } s ? Line(s, lang, spaces: false) : null,
            Editors = book.Meta.Editors.Select(e => Line(e, lang, spaces: false)).ToList(),
        };
        return new Typographer(lang).Rewrite(book with { Meta = meta });
    }

    /// <summary>One line of plain text (a title from book.yaml) in <paramref name="language"/>.</summary>
    public static string Line(string text, string? language, bool spaces = true) =>
        new Typographer(language, spaces).VisitInlines([new Text(text)]) is [Text t] ? t.Value : text;

    sealed class Typographer(string? bookLanguage, bool tieSpaces = true) : ModelRewriter
    {
        // The run being read: its text, the language at each character, and where each Text node's characters start.
        readonly StringBuilder _run = new();
        readonly List<string?> _languages = new();
        readonly List<int> _pieces = new();
        string?[] _replace = [];
        int _next;

        // Titles and headings are display lines: they keep a month with its year as well.
        bool _display;

        public override IReadOnlyList<Inline> VisitTitle(IReadOnlyList<Inline> title) => Display(() => VisitInlines(title));
        public override Block VisitHeading(Heading h) => Display(() => base.VisitHeading(h));

        T Display<T>(Func<T> visit)
        {
            _display = true;
            try { return visit(); }
            finally { _display = false; }
        }

        /// <summary>The entry's text, then its date ("26 February 1992, 5 a.m." keeps its time whole).</summary>
        public override Block VisitChronologyEntry(ChronologyEntry e)
        {
            var v = (ChronologyEntry)base.VisitChronologyEntry(e);
            var date = Line(v.DateText, bookLanguage);
            return date == v.DateText ? v : v with { DateText = date };
        }

        /// <summary>A whole run (the content of a paragraph, heading, cell, caption…): read flat, decided, written back.</summary>
        public override IReadOnlyList<Inline> VisitInlines(IReadOnlyList<Inline> inlines)
        {
            inlines = NoteMarks.AfterPunctuation(inlines);
            _run.Clear(); _languages.Clear(); _pieces.Clear();
            Flatten(inlines, bookLanguage);
            var s = _run.ToString();
            bool quotes = SmartPunctuation.Wanted(s), spaces = tieSpaces && NoBreakSpaces.Wanted(s);
            if (!quotes && !spaces) return inlines;
            if (_replace.Length < s.Length) _replace = new string?[Math.Max(s.Length, 2 * _replace.Length)];
            Array.Clear(_replace, 0, s.Length);
            var languages = _languages;
            if (quotes) SmartPunctuation.Apply(s, i => QuoteMarks.For(languages[i]), _replace);
            if (spaces) NoBreakSpaces.Apply(s, i => languages[i], _replace, _display);
            _next = 0;
            return Rebuild(inlines, s);
        }

        void Flatten(IReadOnlyList<Inline> inlines, string? lang)
        {
            foreach (var i in inlines)
            {
                switch (i)
                {
                    case Text t:
                        _pieces.Add(_run.Length);
                        _run.Append(t.Value);
                        for (int k = 0; k < t.Value.Length; k++) _languages.Add(lang);
                        break;
                    case Emphasis e: Flatten(e.Content, lang); break;
                    case Strong s: Flatten(s.Content, lang); break;
                    case Styled s: Flatten(s.Content, lang); break;
                    case IndexTerm t: Flatten(t.Content, lang); break;
                    case Span s: Flatten(s.Content, s.Language ?? lang); break;
                    case Link l when !ShowsItsAddress(l): Flatten(l.Content, lang); break;
                    case LineBreak: Add('\n', lang); break;
                    case RawInline or Target: break;
                    default: Add(SmartPunctuation.Object, lang); break; // code, a note mark, a picture, a URL
                }
            }
        }

        void Add(char c, string? lang)
        {
            _run.Append(c);
            _languages.Add(lang);
        }

        /// <summary>A link whose text is its address (an autolink, a bare URL): an address is not prose.</summary>
        static bool ShowsItsAddress(Link l) =>
            l.Content is [Text t] && (t.Value == l.Target || "mailto:" + t.Value == l.Target || t.Value.Contains("://", StringComparison.Ordinal));

        /// <summary>The inlines again, each Text node with its decided characters; walks in <see cref="Flatten"/>'s order.
        /// Notes are not entered from their marks (that would start another run inside this one): the division visits them after its text.</summary>
        IReadOnlyList<Inline> Rebuild(IReadOnlyList<Inline> inlines, string s) => Map(inlines, i => i switch
        {
            Text t => Decided(t, s),
            Emphasis e => Rebuild(e.Content, s) is var c && ReferenceEquals(c, e.Content) ? e : e with { Content = c },
            Strong x => Rebuild(x.Content, s) is var c && ReferenceEquals(c, x.Content) ? x : x with { Content = c },
            Styled x => Rebuild(x.Content, s) is var c && ReferenceEquals(c, x.Content) ? x : x with { Content = c },
            IndexTerm x => Rebuild(x.Content, s) is var c && ReferenceEquals(c, x.Content) ? x : x with { Content = c },
            Span x => Rebuild(x.Content, s) is var c && ReferenceEquals(c, x.Content) ? x : x with { Content = c },
            Link l when !ShowsItsAddress(l) => Rebuild(l.Content, s) is var c && ReferenceEquals(c, l.Content) ? l : l with { Content = c },
            _ => i,
        });

        Inline Decided(Text t, string s)
        {
            int start = _pieces[_next++];
            StringBuilder? sb = null;
            for (int k = 0; k < t.Value.Length; k++)
            {
                var r = _replace[start + k];
                if (r is null) { sb?.Append(t.Value[k]); continue; }
                sb ??= new StringBuilder(t.Value, 0, k, t.Value.Length + 4);
                sb.Append(r);
            }
            return sb is null ? t : new Text(sb.ToString());
        }
    }
}
