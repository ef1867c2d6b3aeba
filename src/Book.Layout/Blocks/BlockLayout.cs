using System.Globalization;
using Book.Model;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Blocks;

using Text = Book.Model.Text;

/// <summary>Context of a block: how wide, how far in, what size, after what.</summary>
public readonly record struct BlockContext(double Left, double Width, double Size, double Leading, FontFlags Flags, bool Indent);

/// <summary>
/// Turns model blocks into vertical items for the page builder. Widows and orphans are
/// prevented by forbidding breaks after a paragraph's first line and before its last;
/// a heading forbids the break after it.
/// </summary>
public sealed partial class BlockLayout(BookStyle style, ParagraphSetter setter, InlineFlattener flattener, DiagnosticBag diags, string language)
{
    public List<VItem> Layout(IReadOnlyList<Block> blocks, double? width = null)
    {
        var items = new List<VItem>();
        var ctx = new BlockContext(0, width ?? style.TextWidth, style.BodySize, style.Leading, FontFlags.None, false);
        AddBlocks(items, blocks, ctx);
        return items;
    }

    void AddBlocks(List<VItem> items, IReadOnlyList<Block> blocks, BlockContext ctx)
    {
        bool indent = ctx.Indent;
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            // A chronology's year headings head a column of short entries: set them close.
            _listHeading = b is Heading && i + 1 < blocks.Count && blocks[i + 1] is ChronologyEntry;
            // An event dated by the year alone has an empty date column: the year heading takes it.
            _runIn = _listHeading && blocks[i + 1] is ChronologyEntry { DateText: var date } && IsYear(date);
            AddBlock(items, b, ctx with { Indent = indent });
            // A table or chart may float away from the text, so the paragraph after it is indented
            // as a continuation of the one before, as LaTeX does after a float.
            if (b is not (Table or BarChart)) indent = b is Paragraph { Role: ParagraphRole.Body };
        }
    }

    void AddBlock(List<VItem> items, Block b, BlockContext ctx)
    {
        var outer = Parent;
        var element = Begin(b);
        int from = items.Count;
        AddBlockItems(items, b, ctx);
        End(items, from, element, outer);
        if (b is Table or BarChart)
        {
            var group = new FloatGroup();
            for (int k = from; k < items.Count; k++) items[k].Float ??= group;
        }
    }

    void AddBlockItems(List<VItem> items, Block b, BlockContext ctx)
    {
        switch (b)
        {
            case Paragraph p:
                Paragraph(items, p.Content, ctx, p.Role switch
                {
                    ParagraphRole.Centered => Alignment.Center,
                    _ => Alignment.Justify,
                }, ctx.Indent && p.Role == ParagraphRole.Body ? style.Indent : 0, b.Span);
                break;
            case Heading h:
                HeadingBlock(items, h, ctx);
                break;
            case BlockQuote q:
            {
                double inset = Inset(ctx, style.BodySize * 1.5, sides: 2);
                Space(items, ctx.Leading * 0.5);
                AddBlocks(items, q.Blocks, ctx with { Left = ctx.Left + inset, Width = ctx.Width - 2 * inset, Size = style.SmallSize, Leading = style.SmallLeading, Indent = false });
                Space(items, ctx.Leading * 0.5);
                break;
            }
            case ListBlock l:
                ListBlock(items, l, ctx);
                break;
            case ThematicBreak:
                Space(items, ctx.Leading * 0.5);
                Paragraph(items, [new Text("*\u2002*\u2002*")], ctx, Alignment.Center, 0, b.Span);
                Space(items, ctx.Leading * 0.5);
                break;
            case Div d:
                AddBlocks(items, d.Blocks, ctx);
                break;
            case Table t:
                TableBlock(items, t, ctx);
                break;
            case BarChart c:
                ChartBlock(items, c, ctx);
                break;
            case ChronologyEntry e:
                Chronology(items, e, ctx);
                break;
            case IndexEntry e:
                IndexLine(items, e, ctx);
                break;
            case BibliographyEntry e:
                Space(items, ctx.Leading * 0.25);
                Paragraph(items, e.Content, ctx with { Size = style.SmallSize, Leading = style.SmallLeading }, Alignment.Left, 0, b.Span,
                    hanging: style.BodySize * 1.5, hyphenate: false);
                break;
        }
    }

    /// <summary>Sets a paragraph and appends its lines with widow/orphan control.</summary>
    public List<LineItem> Paragraph(List<VItem> items, IReadOnlyList<Inline> content, BlockContext ctx, Alignment align, double firstIndent,
        SourceSpan? span, double hanging = 0, bool hyphenate = true, FontFlags? flags = null, double gray = 0, bool emergency = true)
    {
        var runs = flattener.Flatten(content, flags ?? ctx.Flags, ctx.Size, language, gray);
        var lines = setter.Set(runs, new ParagraphSpec(ctx.Width, ctx.Leading, align, firstIndent, 0, hanging, hyphenate, language, emergency), out int bad);
        if (bad > 0) WarnBadLines(span, lines, bad, "");
        WarnSetting(span, lines);
        var result = new List<LineItem>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            var li = new LineItem { Line = lines[i], X = ctx.Left, Height = ctx.Leading, Baseline = ctx.Leading * 0.78 };
            int n = lines.Count;
            // Two lines at least on each side of a page break; never a hyphen at a page's end.
            li.BreakAfter = n < 4 ? i == n - 1 : i == n - 1 || (i >= 1 && i <= n - 3);
            if (lines[i].EndsWithHyphen) li.BreakAfter = false;
            result.Add(li);
        }
        items.AddRange(result);
        return result;
    }

    /// <summary>Names the first bad line by its text, so the editor can find it.</summary>
    void WarnBadLines(SourceSpan? span, List<TextLine> lines, int bad, string what)
    {
        var first = lines.First(l => l.Bad);
        var text = string.Concat(first.Pieces.Select(p => p.Text)).Trim();
        if (text.Length > 48) text = text[..48] + "\u2026";
        string kind = first.Width > 0 && first.Pieces.Count > 0 ? "" : "";
        diags.Warning(span, (bad == 1 ? $"a {what}line is too loose or too tight" : $"{bad} {what}lines are too loose or too tight")
            + $": \u201C{text}\u201D; rephrase, or add a hyphenation point with a soft hyphen (\\u00AD)");
    }

    /// <summary>What the setter could only do by force: a word broken at an arbitrary point, characters drawn
    /// as placeholders. Reported once per paragraph, naming the text so the editor can find it.</summary>
    public void WarnSetting(SourceSpan? span, IReadOnlyList<TextLine> lines)
    {
        var broken = lines.FirstOrDefault(l => l.EmergencyBreak);
        if (broken is not null)
        {
            var text = string.Concat(broken.Pieces.Select(p => p.Text)).Trim();
            if (text.Length > 48) text = "\u2026" + text[^48..];
            diags.Warning(span, $"a word is wider than the line and was broken at an arbitrary point: \u201C{text}\u201D; "
                + "add soft hyphens (\\u00AD) where it may break, or shorten it");
        }
        var missing = new List<int>();
        foreach (var l in lines)
            if (l.Missing is { } m) foreach (var c in m) if (!missing.Contains(c)) missing.Add(c);
        if (missing.Count == 0) return;
        const int named = 6;
        var list = string.Join(", ", missing.Take(named).Select(MissingGlyphs.Describe)) + (missing.Count > named ? $" and {missing.Count - named} more" : "");
        diags.Warning(span, $"the font ({style.Fonts.Regular.FamilyName}) has no glyph for {list}; "
            + $"{(missing.Count == 1 ? "it is" : "they are")} drawn as a placeholder box (\uFFFD): remove {(missing.Count == 1 ? "it" : "them")} or use a font that has {(missing.Count == 1 ? "it" : "them")}");
    }

    bool _listHeading, _runIn;

    static bool IsYear(string date) => date.Length > 0 && date.All(char.IsAsciiDigit);

    void HeadingBlock(List<VItem> items, Heading h, BlockContext ctx)
    {
        double size = h.Level <= 2 ? style.H2Size : style.H3Size;
        var flags = h.Level <= 2 ? FontFlags.Bold : FontFlags.Italic;
        bool close = _listHeading;
        Space(items, close ? ctx.Leading * 0.7 : h.Level <= 2 ? ctx.Leading * 1.2 : ctx.Leading * 0.8);
        var content = h.Id is null ? h.Content : [new Target(h.Id), .. h.Content];
        var lines = Paragraph(items, content, ctx with { Size = size, Leading = close ? size * 1.15 : Math.Max(ctx.Leading, size * 1.25) }, Alignment.Left, 0, h.Span,
            hyphenate: false, flags: flags);
        foreach (var l in lines) l.BreakAfter = false;
        if (_runIn && lines.Count == 1)
        {
            // Set on the first line of the entry below: no height of its own, the entry's baseline.
            var small = style.SmallLeading;
            var runIn = new LineItem { Line = lines[0].Line, X = lines[0].X, Height = 0, Baseline = small * 0.3 + small * 0.78, BreakAfter = false };
            items[items.IndexOf(lines[0])] = runIn;
            // The entry's opening space joins this one and so cannot be a page break either.
            items.Add(new SpaceItem { Height = 0, BreakAfter = false });
            return;
        }
        var after = new SpaceItem { Height = close ? 0 : ctx.Leading * 0.35, BreakAfter = false };
        items.Add(after);
    }

    void ListBlock(List<VItem> items, ListBlock l, BlockContext ctx)
    {
        double inset = style.BodySize * 1.6;
        Space(items, ctx.Leading * 0.3);
        int n = l.Start;
        foreach (var item in l.Items)
        {
            string label = l.Ordered ? n.ToString(CultureInfo.InvariantCulture) + "." : "\u2022";
            n++;
            double step = Inset(ctx, inset, sides: 1);
            var inner = ctx with { Left = ctx.Left + step, Width = ctx.Width - step, Indent = false };
            int before = items.Count;
            var (list, li) = (Parent, Parent?.Add("LI"));
            var lbl = li?.Add("Lbl");
            Parent = li?.Add("LBody") ?? list;
            AddBlocks(items, item.Blocks, inner);
            Parent = list;
            // The label hangs in the indent, on the item's first line.
            var first = items.Skip(before).OfType<LineItem>().FirstOrDefault();
            if (first is not null)
            {
                var labelRuns = flattener.Flatten([new Text(label)], ctx.Flags, ctx.Size, language);
                var labelLine = setter.Set(labelRuns, new ParagraphSpec(inset, ctx.Leading, Alignment.Left, 0, 0, 0, false, language), out _)[0];
                foreach (var p in labelLine.Pieces) first.Line.Pieces.Add(p with { X = p.X - inset + (inset - style.BodySize * 0.5 - labelLine.Width), Tag = lbl });
            }
        }
        Space(items, ctx.Leading * 0.3);
    }

    /// <summary>How far a nested block steps in: its full inset while the measure stays above a third of
    /// the text width, then no further, so deep nesting stays readable instead of running out of width.</summary>
    double Inset(BlockContext ctx, double wanted, int sides) => ctx.Width - wanted * sides >= style.TextWidth / 3 ? wanted : 0;

    void Chronology(List<VItem> items, ChronologyEntry e, BlockContext ctx)
    {
        double dateWidth = style.BodySize * 8.5;
        var small = ctx with { Size = style.SmallSize, Leading = style.SmallLeading };
        int before = items.Count;
        Space(items, small.Leading * 0.3);
        var lines = Paragraph(items, e.Content, small with { Left = ctx.Left + dateWidth, Width = ctx.Width - dateWidth }, Alignment.Left, 0, e.Span, hyphenate: true);
        if (lines.Count == 0) return;
        // Under its year's heading, an event dated only by that year needs no date of its own.
        bool yearOnly = IsYear(e.DateText);
        var dateRuns = flattener.Flatten([new Text(yearOnly ? "" : e.DateText)], FontFlags.Italic, small.Size, language);
        var dateLines = setter.Set(dateRuns, new ParagraphSpec(dateWidth - style.BodySize * 0.8, small.Leading, Alignment.Left, 0, 0, 0, false, language), out _);
        for (int i = 0; i < dateLines.Count && i < lines.Count; i++)
            foreach (var p in dateLines[i].Pieces) lines[i].Line.Pieces.Add(p with { X = p.X - dateWidth });
        // A date longer than its event ("25 February 1992, 11 p.m." beside one line) goes on below it.
        for (int i = lines.Count; i < dateLines.Count; i++)
        {
            var more = new LineItem { Line = dateLines[i], X = ctx.Left, Height = small.Leading, Baseline = small.Leading * 0.78 };
            items.Add(more);
            lines.Add(more);
        }
        // An entry is short: keep it together.
        for (int i = 0; i < lines.Count - 1; i++) lines[i].BreakAfter = lines.Count > 4 && i >= 1 && i <= lines.Count - 3;
    }

    static void Space(List<VItem> items, double h)
    {
        if (items.Count > 0 && items[^1] is SpaceItem s)
        {
            // Adjacent spaces collapse to the larger, as in CSS.
            if (s.Height >= h) return;
            items[^1] = new SpaceItem { Height = h, BreakAfter = s.BreakAfter };
            return;
        }
        items.Add(new SpaceItem { Height = h });
    }

    /// <summary>Sets the notes of a division at note size, number first, linked back to the mark.</summary>
    public FootnoteSet Notes(IReadOnlyList<Note> notes)
    {
        // Short notes may pair up two to a row: each half of the measure, less a gap.
        var set = new FootnoteSet { PairWidth = (style.TextWidth - style.BodySize * 1.5) / 2 };
        var ctx = new BlockContext(0, style.TextWidth, style.NoteSize, style.NoteLeading, FontFlags.None, false);
        foreach (var n in notes)
        {
            var lines = new List<TextLine>();
            // Detached until the paragraph citing it takes it in (AttachNotes).
            var element = Parent is null ? null : new StructElement("Note");
            bool first = true;
            foreach (var b in n.Blocks.DefaultIfEmpty(new Paragraph([])))
            {
                var content = b is Paragraph p ? p.Content : [new Text(InlineText.Plain(b is Heading h ? h.Content : []))];
                var runs = new List<StyledRun>();
                if (first)
                {
                    runs.Add(new StyledRun(n.Number.ToString(CultureInfo.InvariantCulture), FontFlags.None, style.NoteSize, null,
                        LinkDest: InlineFlattener.MarkAnchorPrefix + n.Id, AnchorId: InlineFlattener.NoteAnchorPrefix + n.Id, NoBreak: true));
                    runs.Add(new StyledRun("\u2002", FontFlags.None, style.NoteSize, null));
                }
                runs.AddRange(flattener.Flatten(content, FontFlags.None, style.NoteSize, language));
                var set1 = setter.Set(runs, new ParagraphSpec(ctx.Width, ctx.Leading, Alignment.Justify, first ? 0 : style.NoteSize, 0, 0, true, language, EmergencyBreaks: true), out int bad);
                if (bad > 0) WarnBadLines(b.Span, set1, bad, "note ");
                WarnSetting(b.Span, set1);
                lines.AddRange(set1);
                first = false;
            }
            foreach (var l in lines) l.Tag = element;
            set.Add(n.Id, lines);
        }
        return set;
    }
}
