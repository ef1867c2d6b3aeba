using Book.Core.Chronology;
using Book.Core.Sources;
using Book.Model;

namespace Book.Core.Pipeline;

/// <summary>
/// Reads chronology.yaml and fills the generated chronology appendix. Runs before numbering,
/// cross-references and citations so that the entries' headings, @sec: references and citations
/// are handled with the rest of the book.
/// </summary>
public sealed class ChronologyStage : IResolveStage
{
    /// <summary>chronology.yaml is read and parsed while the chapters are.</summary>
    public object? Prepare(ResolveContext context, DiagnosticBag diags)
    {
        var files = context.Files;
        var yaml = GeneratedAppendixFile.Read(files, context.Manifest, GeneratedAppendix.Chronology, ChronologyReader.FileName,
            "add 'chronology' to the appendices in book.yaml to print it", diags);
        return yaml is null ? null : ChronologyReader.Read(yaml, diags, files.Display(ChronologyReader.FileName));
    }

    public BookDocument Apply(BookDocument book, ResolveContext context)
    {
        var diags = context.Diagnostics;
        if (context.Prepared(this) is not ChronologyFile chronology) return book;
        CheckSeeTargets(book, chronology.Events, diags);
        return book with
        {
            Divisions = book.Divisions
                .Select(d => d.Generated == GeneratedAppendix.Chronology && d.Blocks.Count == 0
                    ? ChronologyBuilder.BuildAppendix(d, chronology.Events, chronology.Notes, book.Meta.Locale) : d)
                .ToList(),
        };
    }

    /// <summary>A "see" must name a chapter or a section heading of the book.</summary>
    static void CheckSeeTargets(BookDocument book, IReadOnlyList<ChronologyEvent> events, DiagnosticBag diags)
    {
        var ids = new SectionIds();
        ids.Walk(book);
        var known = ids.Ids.Order(StringComparer.Ordinal).ToList();
        foreach (var e in events)
        {
            if (e.See is null || ids.Ids.Contains(e.See)) continue;
            var hint = DidYouMean.Closest(e.See, known);
            diags.Error(e.SeeSpan ?? e.Span, $"see: unknown section '{e.See}'" + (hint is null ? "" : $" (did you mean '{hint}'?)"));
        }
    }

    /// <summary>The ids of divisions and of the headings in their text (not in notes).</summary>
    sealed class SectionIds : ModelWalker
    {
        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        public override void VisitDivision(Division d)
        {
            Ids.Add(d.Id);
            base.VisitDivision(d);
        }

        public override void VisitNote(Note n) { }
        public override void VisitInlines(IReadOnlyList<Inline> inlines) { }

        public override void VisitHeading(Heading h)
        {
            if (h.Id is { } id) Ids.Add(id);
        }
    }
}
