using Book.Model;

namespace Book.Core.Citations;

/// <summary>
/// Turns the <see cref="Citation"/> inlines of a book into notes, in reading order:
/// <list type="bullet">
/// <item>In body text (paragraphs, headings, quotes, lists, table captions and cells, chronology
/// entries) a citation becomes a new footnote: a <see cref="NoteRef"/> at that point and a
/// <see cref="Note"/> holding the formatted citation. A bracketed citation's mark moves after
/// a following punctuation mark ("text [@a]." → "text.¹"), as Pandoc does for note styles.
/// A narrative <c>@key</c> prints the author (or who stands in) followed by the mark.</item>
/// <item>Inside an existing note the citation is replaced by its formatted text in parentheses
/// (no note inside a note; a narrative <c>@key</c> goes without them, as in Pandoc). In notes
/// under tables and charts, which are source lines, it is the formatted text alone.</item>
/// </list>
/// The first citation of a source in the book is a full note, later ones short notes, and a
/// note citing exactly the one source the previous note cited becomes "Ibid." (the chain breaks
/// at a chapter boundary and at a footnote that cites nothing). Then every division's notes are
/// renumbered 1..n in the order of their marks. Unknown keys are errors (with a suggestion);
/// sources never cited are warnings and stay out of the bibliography.
/// </summary>
public static class CitationResolver
{
    public const string BibliographyId = "bibliography";

    public static BookDocument Resolve(BookDocument doc, Bibliography bib, ICitationStyle style, DiagnosticBag diags,
        out Division? bibliography)
    {
        var run = new Run(bib, style, diags);
        var divisions = doc.Divisions.Select(run.Division).ToList();

        foreach (var e in bib.Entries.Where(e => !run.Cited.Contains(e.Id)))
            diags.Warning(e.Span, $"source '{e.Id}' is never cited; it is left out of the bibliography");

        bibliography = run.Cited.Count == 0 ? null : BuildBibliography(bib, style, run.Cited);
        return doc with { Divisions = divisions };
    }

    /// <summary>The bibliography division: cited sources only, in the style's order (then by id).</summary>
    public static Division BuildBibliography(Bibliography bib, ICitationStyle style, IEnumerable<string> citedKeys)
    {
        var cited = new HashSet<string>(citedKeys, StringComparer.Ordinal);
        var entries = bib.Entries.Where(e => cited.Contains(e.Id))
            .OrderBy(style.BibliographySortKey, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => (Block)new BibliographyEntry(e.Id, style.BibliographyEntry(e)))
            .ToList();
        return new Division(DivisionKind.Appendix, BibliographyId, [new Text("Bibliography")], null, entries, []) { Generated = GeneratedAppendix.Bibliography };
    }

    // Body: citations become footnotes; Inline: their text stays where they are (inside notes);
    // Table: they become lettered notes under the table.
    enum Mode { Body, Inline, Table }

    sealed class Run(Bibliography bib, ICitationStyle style, DiagnosticBag diags)
    {
        public readonly HashSet<string> Cited = new(StringComparer.Ordinal);

        // Per division.
        Dictionary<string, Note> _existing = new(StringComparer.Ordinal);
        Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
        List<Note> _notes = new();
        HashSet<string> _usedIds = new(StringComparer.Ordinal);
        string _divisionId = "";
        int _citeCounter;
        // The sources of the previous note, for "Ibid."; null when that note cited none.
        (string Key, string? Locator)? _previous;
        // Sources cited inside the existing note being read, if any (null outside notes).
        HashSet<string>? _noteKeys;

        public Division Division(Division d)
        {
            _divisionId = d.Id;
            _existing = new(StringComparer.Ordinal);
            foreach (var n in d.Notes) _existing.TryAdd(n.Id, n);
            _usedIds = new HashSet<string>(d.Notes.Select(n => n.Id), StringComparer.Ordinal);
            _numbers = new(StringComparer.Ordinal);
            _notes = new();
            _citeCounter = 0;
            _previous = null;

            var blocks = Blocks(d.Blocks, Mode.Body);
            // Notes no mark points to are kept (after the others) rather than silently lost.
            foreach (var n in d.Notes.Where(n => !_numbers.ContainsKey(n.Id)))
                if (_existing.Remove(n.Id)) AddExistingNote(n);

            return d with { Blocks = blocks, Notes = _notes.OrderBy(n => n.Number).ToList() };
        }

        IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks, Mode mode) => blocks.Select(b => Block(b, mode)).ToList();

        Block Block(Block b, Mode mode) => b switch
        {
            Heading h => h with { Content = Inlines(h.Content, mode) },
            Paragraph p => p with { Content = Inlines(p.Content, mode) },
            BlockQuote q => q with { Blocks = Blocks(q.Blocks, mode) },
            ListBlock l => l with { Items = l.Items.Select(i => i with { Blocks = Blocks(i.Blocks, mode) }).ToList() },
            Div div => div with { Blocks = Blocks(div.Blocks, mode) },
            Table t => TableBlock(t, mode),
            BarChart c => c with { Caption = Inlines(c.Caption, mode), Notes = Aside(() => TableNotes(c.Notes)) },
            ChronologyEntry e => e with { Content = Inlines(e.Content, mode) },
            _ => b,
        };

        IReadOnlyList<IReadOnlyList<TableCell>> Rows(IReadOnlyList<IReadOnlyList<TableCell>> rows, Mode mode) =>
            rows.Select(r => (IReadOnlyList<TableCell>)r.Select(c => c with { Content = Inlines(c.Content, mode) }).ToList()).ToList();

        // Table notes being collected from the cells of the table being read (null outside tables).
        List<(string Key, TableNote Note)>? _cellNotes;
        char _nextMark;

        /// <summary>
        /// A citation in a table cell becomes a lettered note under the table, not a footnote at
        /// the page foot: the mark stays with its figure even when the table breaks across pages.
        /// The same citation in several cells shares one note.
        /// </summary>
        Block TableBlock(Table t, Mode mode)
        {
            var caption = Inlines(t.Caption, mode);
            if (mode != Mode.Body)
                return t with { Caption = caption, Header = Rows(t.Header, mode), Rows = Rows(t.Rows, mode), Notes = Aside(() => TableNotes(t.Notes)) };
            return Aside(() =>
            {
                var letters = t.Notes.Where(n => n.Mark is [>= 'a' and <= 'z']).Select(n => n.Mark[0]).ToList();
                _nextMark = letters.Count == 0 ? 'a' : (char)(letters.Max() + 1);
                _cellNotes = new();
                var header = Rows(t.Header, Mode.Table);
                var rows = Rows(t.Rows, Mode.Table);
                var cellNotes = _cellNotes.Select(x => x.Note).ToList();
                _cellNotes = null;
                var notes = TableNotes(t.Notes).ToList();
                // Lettered notes stay together, in letter order, before the "*" and plain notes.
                int at = notes.FindLastIndex(n => n.Mark is [>= 'a' and <= 'z']) + 1;
                notes.InsertRange(at, cellNotes);
                return t with { Caption = caption, Header = header, Rows = rows, Notes = notes };
            });
        }

        /// <summary>Reads notes set beside the running footnotes: they must not start or break an "Ibid." chain.</summary>
        T Aside<T>(Func<T> read)
        {
            var previous = _previous;
            var result = read();
            _previous = previous;
            return result;
        }

        Inline TableNoteMark(Citation c)
        {
            var key = string.Join("; ", c.Items.Select(i => $"{i.Prefix}|{i.Key}|{i.Locator}|{i.Suffix}"));
            var found = _cellNotes!.FindIndex(x => x.Key == key);
            string mark;
            if (found >= 0) mark = _cellNotes[found].Note.Mark;
            else
            {
                mark = _nextMark <= 'z' ? _nextMark.ToString() : "\u2020";
                _nextMark++;
                _cellNotes.Add((key, new TableNote(mark, Formatted(c, capitalize: true, allowIbid: false))));
            }
            return new Span([new Text(mark)], null, ["table-note-mark"]);
        }

        // Notes under a table are source lines set with the table: citations there read inline.
        // Each ends with a period, as a note does, whether it came from the data or a cell's citation.
        IReadOnlyList<TableNote> TableNotes(IReadOnlyList<TableNote> notes) =>
            notes.Select(n => n with { Content = new InlineBuilder().AddRange(Inlines(n.Content, Mode.Inline)).Punct(".").Build() }).ToList();

        IReadOnlyList<Inline> Inlines(IReadOnlyList<Inline> inlines, Mode mode)
        {
            var output = new List<Inline>();
            for (var i = 0; i < inlines.Count; i++)
            {
                switch (inlines[i])
                {
                    case Citation c when mode == Mode.Body:
                    {
                        if (c.Narrative) output.AddRange(NarrativeText(c));
                        else TrimTrailingSpace(output);
                        var mark = CitationNote(c);
                        if (!c.Narrative && i + 1 < inlines.Count && inlines[i + 1] is Text next)
                        {
                            var n = 0;
                            while (n < next.Value.Length && next.Value[n] is '.' or ',' or ';' or ':' or '!' or '?') n++;
                            if (n > 0)
                            {
                                output.Add(new Text(next.Value[..n]));
                                inlines = Replace(inlines, i + 1, next.Value[n..]);
                            }
                        }
                        output.Add(mark);
                        break;
                    }
                    case Citation c when mode == Mode.Table:
                        if (c.Narrative) output.AddRange(NarrativeText(c));
                        else TrimTrailingSpace(output);
                        output.Add(TableNoteMark(c));
                        break;
                    case Citation c when _noteKeys is not null && !c.Narrative:
                        // Inside a written note a bracketed citation is set in parentheses, as
                        // Pandoc does for note styles: "as the article says (Ibid.)" never runs
                        // the source into the sentence. A narrative @key reads as part of it.
                        output.Add(new Text("("));
                        output.AddRange(Formatted(c, capitalize: false, allowIbid: false));
                        output.Add(new Text(")"));
                        break;
                    case Citation c:
                        output.AddRange(Formatted(c, capitalize: false, allowIbid: false));
                        break;
                    case NoteRef r:
                        output.Add(ExistingMark(r));
                        break;
                    case Emphasis e: output.Add(e with { Content = Inlines(e.Content, mode) }); break;
                    case Strong s: output.Add(s with { Content = Inlines(s.Content, mode) }); break;
                    case Link l: output.Add(l with { Content = Inlines(l.Content, mode) }); break;
                    case Span s: output.Add(s with { Content = Inlines(s.Content, mode) }); break;
                    case IndexTerm t: output.Add(t with { Content = Inlines(t.Content, mode) }); break;
                    default: output.Add(inlines[i]); break;
                }
            }
            return Merge(output);
        }

        static IReadOnlyList<Inline> Replace(IReadOnlyList<Inline> inlines, int index, string text)
        {
            var copy = inlines.ToList();
            copy[index] = new Text(text);
            return copy;
        }

        static void TrimTrailingSpace(List<Inline> output)
        {
            if (output.Count > 0 && output[^1] is Text t)
            {
                var trimmed = t.Value.TrimEnd();
                if (trimmed.Length == 0) output.RemoveAt(output.Count - 1);
                else output[^1] = new Text(trimmed);
            }
        }

        static List<Inline> Merge(List<Inline> inlines)
        {
            var merged = new List<Inline>(inlines.Count);
            foreach (var i in inlines)
            {
                if (i is Text { Value.Length: 0 }) continue;
                if (i is Text t && merged.Count > 0 && merged[^1] is Text p) merged[^1] = new Text(p.Value + t.Value);
                else merged.Add(i);
            }
            return merged;
        }

        // ---- notes ------------------------------------------------------------------------------

        NoteRef ExistingMark(NoteRef r)
        {
            if (_numbers.TryGetValue(r.NoteId, out var number)) return r with { Number = number };
            if (_existing.Remove(r.NoteId, out var note)) return r with { Number = AddExistingNote(note) };
            // A mark without a note: the converter reports it; we still give it a number.
            number = _numbers.Count + 1;
            _numbers[r.NoteId] = number;
            return r with { Number = number };
        }

        int AddExistingNote(Note note)
        {
            var number = _numbers.Count + 1;
            _numbers[note.Id] = number;
            // The note is read where its mark stands; marks inside it are numbered after it.
            var outer = _noteKeys;
            _noteKeys = new HashSet<string>(StringComparer.Ordinal);
            var blocks = Blocks(note.Blocks, Mode.Inline);
            // "Ibid." may only follow a note that cited exactly one source: one citing none or
            // several breaks the chain.
            if (_noteKeys.Count != 1) _previous = null;
            outer?.UnionWith(_noteKeys);
            _noteKeys = outer;
            _notes.Add(note with { Number = number, Blocks = blocks });
            return number;
        }

        NoteRef CitationNote(Citation c)
        {
            string id;
            do id = $"{_divisionId}-cite-{++_citeCounter}"; while (!_usedIds.Add(id));
            var number = _numbers.Count + 1;
            _numbers[id] = number;
            var content = Formatted(c, capitalize: true, allowIbid: true);
            _notes.Add(new Note(id, number, [new Paragraph(content)]));
            return new NoteRef(id, number);
        }

        List<Inline> NarrativeText(Citation c)
        {
            var b = new InlineBuilder();
            var known = c.Items.Select(i => bib.TryGet(i.Key, out var s) ? (i, s) : (i, null)).ToList();
            for (var k = 0; k < known.Count; k++)
            {
                if (k > 0) b.Text(k == known.Count - 1 ? (known.Count > 2 ? ", and " : " and ") : ", ");
                if (known[k].s is { } source) b.AddRange(style.NarrativeText(source, !Cited.Contains(source.Id)));
                else b.Text(known[k].i.Key);
            }
            return b.Build();
        }

        /// <summary>A citation's text: items joined by "; ", with prefix and suffix; closed with a period when it is a note.</summary>
        List<Inline> Formatted(Citation c, bool capitalize, bool allowIbid)
        {
            var b = new InlineBuilder();
            var single = c.Items.Count == 1 ? c.Items[0] : null;
            foreach (var item in c.Items)
            {
                b.Sep("; ");
                if (item.Prefix is not null) b.Text(item.Prefix + " ");
                if (!bib.TryGet(item.Key, out var source))
                {
                    Unknown(item.Key, c.Span);
                    b.Text(item.Key);
                }
                else if (allowIbid && single is not null && _previous is { } prev && prev.Key == item.Key)
                    b.AddRange(style.Ibid(source, SameLocator(prev.Locator, item.Locator) ? null : item.Locator));
                else if (Cited.Contains(item.Key))
                    b.AddRange(style.ShortNote(source, item));
                else
                    b.AddRange(style.FullNote(source, item));
                if (source is not null) Cited.Add(item.Key);
                _noteKeys?.Add(item.Key);
                if (item.Suffix is not null)
                {
                    if (char.IsPunctuation(item.Suffix[0])) b.Text(item.Suffix);
                    else b.Text(" " + item.Suffix);
                }
            }
            _previous = single is not null && bib.TryGet(single.Key, out _) ? (single.Key, single.Locator) : null;
            if (!capitalize) return b.Build();
            b.Punct(".");
            return InlineBuilder.CapitalizeFirst(b.Build());
        }

        static bool SameLocator(string? a, string? b) =>
            string.Equals(Squash(a), Squash(b), StringComparison.Ordinal);

        static string? Squash(string? s) => s is null ? null : string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

        void Unknown(string key, SourceSpan? span)
        {
            var suggestion = KeySuggester.Suggest(key, bib.Keys);
            diags.Error(span, $"unknown citation key '{key}'" + (suggestion is null ? "" : $" (did you mean '{suggestion}'?)"));
        }
    }
}
