using Book.Model;
using Book.Layout.Blocks;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout;


public sealed partial class Typesetter
{
    /// <summary>The contents: number, title, dot leaders aligned on a common grid, page number; each entry linked.</summary>
    List<VItem> ContentsItems(BlockLayout blocks, InlineFlattener f)
    {
        var items = new List<VItem>();
        var lang = _book.Meta.Language;
        double numW = _style.BodySize * 1.8, pageW = _style.BodySize * 2.2, gap = _style.BodySize * 0.6;
        double leaderUnit = _style.BodySize * 0.55;
        bool afterContents = false;
        var toc = blocks.Parent?.Add("TOC");
        foreach (var d in _book.Divisions)
        {
            if (d.Kind == DivisionKind.Contents) { afterContents = true; continue; }
            if (!afterContents || d.Kind is DivisionKind.HalfTitle or DivisionKind.TitlePage) continue;
            bool chapter = d.Kind == DivisionKind.Chapter;
            if (d.Kind == DivisionKind.Chapter && d.Number == "1" || d.Kind == DivisionKind.Appendix && items.Count > 0 && _book.Divisions[_book.Divisions.ToList().IndexOf(d) - 1].Kind == DivisionKind.Chapter)
                items.Add(new SpaceItem { Height = _style.Leading * 0.6 });
            items.AddRange(Entry(chapter ? d.Number : null, d.Title, d.Id, numW, f, toc?.Add("TOCI")));
        }
        return items;
    }

    /// <summary>One contents-like entry: a number column, the title, dot leaders and the page, all linked to the target.</summary>
    List<VItem> Entry(string? number, IReadOnlyList<Inline> title, string target, double numW, InlineFlattener f, StructElement? tag)
    {
        var lang = _book.Meta.Language;
        double pageW = _style.BodySize * 2.2, gap = _style.BodySize * 0.6, leaderUnit = _style.BodySize * 0.55;
        var items = new List<VItem>();
        var titleRuns = f.Flatten(title, FontFlags.None, _style.BodySize, lang);
        double titleW = _style.TextWidth - numW - pageW - gap;
        var lines = _setter.Set(titleRuns, new ParagraphSpec(titleW, _style.Leading, Alignment.Left, 0, 0, _style.BodySize, true, lang), out _);
        if (lines.Count == 0) return items;
        var pageRuns = f.Flatten([new PageRef(target)], FontFlags.None, _style.BodySize, lang);
        var pageLine = _setter.Set(pageRuns, new ParagraphSpec(pageW, _style.Leading, Alignment.Right, 0, 0, 0, false, lang), out _)[0];
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            line.Tag = tag;
            Shift(line, numW);
            if (i == 0 && number is not null)
            {
                var num = _setter.Set(f.Flatten([new Model.Text(number)], FontFlags.None, _style.BodySize, lang),
                    new ParagraphSpec(numW, _style.Leading, Alignment.Left, 0, 0, 0, false, lang), out _)[0];
                line.Pieces.InsertRange(0, num.Pieces);
            }
            if (i == lines.Count - 1)
            {
                double from = numW + line.Width + gap * 0.5, to = _style.TextWidth - pageW - gap * 0.5;
                Leaders(line, from, to, leaderUnit);
                foreach (var p in pageLine.Pieces) line.Pieces.Add(p with { X = p.X + _style.TextWidth - pageW });
            }
            line.Marks.Add(new LineMark(0, _style.TextWidth, null, target, null));
            items.Add(new LineItem { Line = line, X = 0, Height = _style.Leading, Baseline = _style.Leading * 0.78, BreakAfter = i == lines.Count - 1 });
        }
        return items;
    }

    /// <summary>The list of tables or of figures: label, caption, leaders, page.</summary>
    List<VItem> ListItems(string kind, InlineFlattener f, BlockLayout blocks)
    {
        var items = new List<VItem>();
        var toc = blocks.Parent?.Add("TOC");
        double numW = _style.BodySize * 5.2;
        foreach (var d in _book.Divisions)
            foreach (var b in Flat(d.Blocks))
            {
                var (label, id, caption) = b switch
                {
                    Table t when kind == "tables" => (t.Label, t.Id, t.Caption),
                    BarChart c when kind == "figures" => (c.Label, c.Id, c.Caption),
                    _ => (null, null, (IReadOnlyList<Inline>)[]),
                };
                if (label is null) continue;
                items.AddRange(Entry(label, caption.Count > 0 ? caption : [new Model.Text(label)], ListOfBlock.AnchorOf(id, label), numW, f, toc?.Add("TOCI")));
            }
        return items;
    }

    static IEnumerable<Block> Flat(IReadOnlyList<Block> blocks)
    {
        foreach (var b in blocks)
        {
            yield return b;
            var inner = b switch { Div dv => dv.Blocks, BlockQuote q => q.Blocks, _ => null };
            if (inner is not null) foreach (var x in Flat(inner)) yield return x;
        }
    }

    static void Shift(TextLine line, double dx)
    {
        for (int i = 0; i < line.Pieces.Count; i++) line.Pieces[i] = line.Pieces[i] with { X = line.Pieces[i].X + dx };
        for (int i = 0; i < line.Marks.Count; i++) line.Marks[i] = line.Marks[i] with { X = line.Marks[i].X + dx };
    }

    /// <summary>Dot leaders placed on multiples of a unit, so dots line up from entry to entry.</summary>
    void Leaders(TextLine line, double from, double to, double unit)
    {
        var font = _fonts.Regular;
        ushort dot = font.GetGlyph('.');
        double dotW = font.GetAdvance(dot) * _style.BodySize / font.UnitsPerEm;
        double x = Math.Ceiling(from / unit) * unit;
        var placed = new List<Pages.PlacedGlyph>();
        var text = new System.Text.StringBuilder();
        double start = x;
        while (x + dotW <= to)
        {
            placed.Add(new Pages.PlacedGlyph(dot, (float)unit, text.Length, 1));
            text.Append('.');
            x += unit;
        }
        if (placed.Count == 0) return;
        line.Pieces.Add(new LinePiece(font, _style.BodySize, start, 0, text.ToString(), placed.ToArray(), placed.Count * unit, 0.45));
    }

    /// <summary>The index: title across the measure, entries in two balanced-enough columns.</summary>
    void FlowColumns(PassState st, Division d, BlockLayout blocks, InlineFlattener f, List<VItem> heading)
    {
        double gap = _style.BodySize * 1.5;
        double colW = (_style.TextWidth - gap) / 2;
        var body = blocks.Layout(d.Blocks, colW);
        double headH = heading.Sum(h => h.Height) + _style.ChapterSink;
        var columns = new PageBuilder(_style.TextHeight, _style.NoteLeading, _style.NoteRuleGap, new FootnoteSet()).Build(body, headH, offsetPages: 2);
        for (int i = 0; i < columns.Count; i += 2)
        {
            var page = NewPage(st);
            int idx = st.Tree.Pages.Count - 1;
            double left = Left(idx);
            if (i == 0)
            {
                page.Items.Add(new Anchor("div:" + d.Id, 0));
                var head = new PageContent();
                double y = _style.ChapterSink;
                foreach (var h in heading) { head.Body.Add((h, y)); y += h.Height; }
                PageComposer.DrawBody(page, head, left, _style.Page.Top);
            }
            PageComposer.DrawBody(page, columns[i], left, _style.Page.Top);
            if (i + 1 < columns.Count) PageComposer.DrawBody(page, columns[i + 1], left + colW + gap, _style.Page.Top);
            Furniture(st, page, idx, d, opening: i == 0, f);
        }
    }
}
