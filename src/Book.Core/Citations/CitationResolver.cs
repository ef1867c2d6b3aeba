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
/// at a chapter boundary and at a footnote that cites nothing). Numbering the notes is left to the
/// stage after this one, which numbers every note once. Unknown keys are errors (with a suggestion);
/// sources never cited are warnings and stay out of the bibliography.
/// </summary>
public static class CitationResolver
{
    /// <summary>Resolves every citation of the book and fills its (empty) generated bibliography appendix with the sources cited.</summary>
    public static BookDocument Resolve(BookDocument doc, Bibliography bib, ICitationStyle style, DiagnosticBag diags)
    {
        var run = new Run(bib, style, diags);
        var divisions = doc.Divisions.Select(run.VisitDivision).ToList();

        foreach (var e in bib.Entries.Where(e => !run.Cited.Contains(e.Id)))
            diags.Warning(e.Span, $"source '{e.Id}' is never cited; it is left out of the bibliography");

        if (run.Cited.Count > 0)
        {
            var entries = BibliographyEntries(bib, style, run.Cited);
            divisions = divisions.Select(d => d.Generated == GeneratedAppendix.Bibliography && d.Blocks.Count == 0 ? d with { Blocks = entries } : d).ToList();
        }
        return doc with { Divisions = divisions };
    }

    /// <summary>The bibliography's entries: cited sources only, in the style's order (then by id).</summary>
    public static IReadOnlyList<Block> BibliographyEntries(Bibliography bib, ICitationStyle style, IEnumerable<string> citedKeys)
    {
        var cited = new HashSet<string>(citedKeys, StringComparer.Ordinal);
        return bib.Entries.Where(e => cited.Contains(e.Id))
            .OrderBy(style.BibliographySortKey, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => (Block)new BibliographyEntry(e.Id, style.BibliographyEntry(e)))
            .ToList();
    }

    // Body: citations become footnotes; Inline: their text stays where they are (inside notes);
    // Table: they become lettered notes under the table.
    enum Mode { Body, Inline, Table }

    sealed class Run(Bibliography bib, ICitationStyle style, DiagnosticBag diags) : ModelRewriter
    {
        public readonly HashSet<string> Cited = new(StringComparer.Ordinal);

        // Per division.
        List<Note> _notes = new();
        HashSet<string> _usedIds = new(StringComparer.Ordinal);
        string _divisionId = "";
        int _citeCounter;
        // The sources of the previous note, for "Ibid."; null when that note cited none.
        (string Key, string? Locator)? _previous;
        // Sources cited inside the existing note being read, if any (null outside notes).
        HashSet<string>? _noteKeys;
        Mode _mode = Mode.Body;

        /// <summary>The division with its citations resolved: new notes join the written ones (numbered later, by NoteNumberingStage).</summary>
        public override Division VisitDivision(Division d)
        {
            _divisionId = d.Id;
            _usedIds = new HashSet<string>(d.Notes.Select(n => n.Id), StringComparer.Ordinal);
            _notes = new();
            _citeCounter = 0;
            _previous = null;
            _mode = Mode.Body;
            // The base visits each written note at its first mark, and those no mark points to after
            // the text (kept rather than silently lost).
            var visited = base.VisitDivision(d);
            return visited with { Notes = _notes };
        }

        // The bibliography and the index hold no citations; they are left as they are.
        public override Block VisitBibliographyEntry(BibliographyEntry e) => e;
        public override Block VisitIndexEntry(IndexEntry e) => e;

        T In<T>(Mode mode, Func<T> read)
        {
            var outer = _mode;
            _mode = mode;
            try { return read(); }
            finally { _mode = outer; }
        }

        // Table notes being collected from the cells of the table being read (null outside tables).
        List<(string Key, TableNote Note)>? _cellNotes;
        char _nextMark;

        /// <summary>
        /// A citation in a table cell becomes a lettered note under the table, not a footnote at
        /// the page foot: the mark stays with its figure even when the table breaks across pages.
        /// The same citation in several cells shares one note.
        /// </summary>
        public override Block VisitTable(Table t)
        {
            var caption = VisitInlines(t.Caption);
            if (_mode != Mode.Body)
                return t with { Caption = caption, Header = VisitRows(t.Header), Rows = VisitRows(t.Rows), Notes = VisitTableNotes(t.Notes) };
            return Aside(() =>
            {
                var letters = t.Notes.Where(n => n.Mark is [>= 'a' and <= 'z']).Select(n => n.Mark[0]).ToList();
                _nextMark = letters.Count == 0 ? 'a' : (char)(letters.Max() + 1);
                _cellNotes = new();
                var header = In(Mode.Table, () => VisitRows(t.Header));
                var rows = In(Mode.Table, () => VisitRows(t.Rows));
                var cellNotes = _cellNotes.Select(x => x.Note).ToList();
                _cellNotes = null;
                var notes = VisitTableNotes(t.Notes).ToList();
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
        public override IReadOnlyList<TableNote> VisitTableNotes(IReadOnlyList<TableNote> notes) => Aside(() =>
            notes.Select(n => n with { Content = new InlineBuilder().AddRange(In(Mode.Inline, () => VisitInlines(n.Content))).Punct(".").Build() }).ToList());

        public override IReadOnlyList<Inline> VisitInlines(IReadOnlyList<Inline> inlines)
        {
            var output = new List<Inline>();
            for (var i = 0; i < inlines.Count; i++)
            {
                switch (inlines[i])
                {
                    case Citation c when _mode == Mode.Body:
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
                    case Citation c when _mode == Mode.Table:
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
                    default: output.Add(VisitInline(inlines[i])); break;
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

        public override Note VisitNote(Note note)
        {
            // The note is read where its mark stands (the base calls this at its first mark).
            var outer = _noteKeys;
            _noteKeys = new HashSet<string>(StringComparer.Ordinal);
            var blocks = In(Mode.Inline, () => VisitBlocks(note.Blocks));
            // "Ibid." may only follow a note that cited exactly one source: one citing none or
            // several breaks the chain.
            if (_noteKeys.Count != 1) _previous = null;
            outer?.UnionWith(_noteKeys);
            _noteKeys = outer;
            var read = note with { Blocks = blocks };
            _notes.Add(read);
            return read;
        }

        NoteRef CitationNote(Citation c)
        {
            string id;
            do id = $"{_divisionId}-cite-{++_citeCounter}"; while (!_usedIds.Add(id));
            var content = Formatted(c, capitalize: true, allowIbid: true);
            _notes.Add(new Note(id, 0, [new Paragraph(content)]));
            return new NoteRef(id, 0); // numbered with the rest by NoteNumberingStage
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
            var suggestion = DidYouMean.Closest(key, bib.Keys, ignoreCase: true);
            diags.Error(span, $"unknown citation key '{key}'" + (suggestion is null ? "" : $" (did you mean '{suggestion}'?)"));
        }
    }
}
