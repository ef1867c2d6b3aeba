using System.Globalization;
using Book.Model;

namespace Book.Core.Pipeline;

/// <summary>What a cross-reference id points at: its printed label ("Table 5.2", "chapter 4").</summary>
public sealed record CrossRefTarget(string Id, string Label);

/// <summary>
/// Numbers tables and figures per chapter ("Table 5.2"; "Table A.1" in appendices) and collects every
/// id a cross-reference may name (divisions, headings, tables, charts) into <see cref="ResolveContext.Targets"/>.
/// </summary>
public sealed class NumberingStage : IResolveStage
{
    public BookDocument Apply(BookDocument book, ResolveContext context)
    {
        var targets = new Registry(context.Targets, context.Diagnostics);
        var divisions = new List<Division>(book.Divisions.Count);
        var locale = book.Meta.Locale;
        foreach (var d in book.Divisions)
        {
            // A chapter's number or an appendix's letter (the loader gives both).
            string prefix = d.Kind is DivisionKind.Chapter or DivisionKind.Appendix ? d.Number ?? "" : "";
            if (d.Kind == DivisionKind.Chapter && d.Number is not null) targets.Add(d.Id, locale.ChapterRef + " " + d.Number, d.Span);
            // A lettered appendix is named as its heading and the contents name it: "appendix B" (a letter alone never starts a line).
            else if (d.Kind == DivisionKind.Appendix && d.Number is { Length: > 0 }) targets.Add(d.Id, locale.AppendixRef + "\u00A0" + d.Number, d.Span);
            else targets.Add(d.Id, "\u201C" + d.TitleText + "\u201D", d.Span);
            divisions.Add(new Labeller(prefix, targets, locale).VisitDivision(d));
        }
        return book with { Divisions = divisions };
    }

    /// <summary>Labels one division's tables and charts in reading order; registers headings with ids.</summary>
    /// <summary>
    /// The ids of the book, each once: a second element with an id already taken would make a
    /// cross-reference ambiguous and the e-book invalid (XML ids are unique), so it is an error at the second.
    /// </summary>
    sealed class Registry(Dictionary<string, CrossRefTarget> targets, DiagnosticBag diags)
    {
        readonly Dictionary<string, SourceSpan?> _firstAt = new(StringComparer.Ordinal);

        public void Add(string id, string label, SourceSpan? at)
        {
            if (targets.TryAdd(id, new CrossRefTarget(id, label))) { _firstAt[id] = at; return; }
            var first = _firstAt.GetValueOrDefault(id);
            diags.Error(at, $"the id '{id}' is used twice" + (first is null ? "" : $" (first at {first})") + "; ids must be unique in the book");
        }
    }

    sealed class Labeller(string prefix, Registry targets, Locale locale) : ModelRewriter
    {
        int _tables, _figures;

        // Only the text is numbered: notes are left as they are, and no inline changes here.
        public override Note VisitNote(Note n) => n;
        public override IReadOnlyList<Inline> VisitInlines(IReadOnlyList<Inline> inlines) => inlines;

        public override Block VisitTable(Table t) => t with { Label = Label(t.Id, ref _tables, locale.Table, t.Span) };
        public override Block VisitBarChart(BarChart c) => c with { Label = Label(c.Id, ref _figures, locale.Figure, c.Span) };
        // Charts and pictures are both figures: one count, as Pandoc's crossref numbers them.
        // A picture with neither caption nor id is an illustration, not a numbered figure (Pandoc makes no figure of it).
        public override Block VisitFigure(Figure f) => f.Caption.Count == 0 && f.Id is null ? f : f with { Label = Label(f.Id, ref _figures, locale.Figure, f.Span) };

        public override Block VisitHeading(Heading h)
        {
            if (h.Id is { } id) targets.Add(id, "\u201C" + InlineText.Plain(h.Content) + "\u201D", h.Span);
            return h;
        }

        string Label(string? id, ref int counter, string word, SourceSpan? at)
        {
            counter++;
            var n = counter.ToString(CultureInfo.InvariantCulture);
            string label = prefix.Length > 0 ? $"{word} {prefix}.{n}" : $"{word} {n}";
            if (id is not null) targets.Add(id, label, at);
            return label;
        }
    }
}
