using Book.Model;
using Book.Core.Project;

namespace Book.Core.Chronology;

/// <summary>
/// The resolve step for the chronology: reads chronology.yaml and fills the generated "chronology"
/// appendix. Runs before numbering, cross-references and citations so that the entries' headings,
/// @sec: references and citations are handled with the rest of the book.
/// </summary>
public static class ChronologyStage
{
    public const string AppendixId = "chronology";

    public static BookDocument Apply(BookDocument book, ProjectFiles files, Manifest manifest, DiagnosticBag diags)
    {
        var yaml = GeneratedAppendixFile.Read(files, manifest, AppendixId, ChronologyReader.FileName,
            "add 'chronology' to the appendices in book.yaml to print it", diags);
        if (yaml is null) return book;
        var chronology = ChronologyReader.Read(yaml, diags, files.Display(ChronologyReader.FileName));
        CheckSeeTargets(book, chronology.Events, diags);
        return book with
        {
            Divisions = book.Divisions
                .Select(d => d.Kind == DivisionKind.Appendix && d.Id == AppendixId && d.Blocks.Count == 0
                    ? ChronologyBuilder.BuildAppendix(d, chronology.Events, chronology.Notes) : d)
                .ToList(),
        };
    }

    /// <summary>A "see" must name a chapter or a section heading of the book.</summary>
    static void CheckSeeTargets(BookDocument book, IReadOnlyList<ChronologyEvent> events, DiagnosticBag diags)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in book.Divisions)
        {
            ids.Add(d.Id);
            Numbering.Walk(d.Blocks, b => { if (b is Heading { Id: { } id }) ids.Add(id); return b; });
        }
        var known = ids.Order(StringComparer.Ordinal).ToList();
        foreach (var e in events)
        {
            if (e.See is null || ids.Contains(e.See)) continue;
            var hint = Suggest.Closest(e.See, known);
            diags.Error(e.SeeSpan ?? e.Span, $"see: unknown section '{e.See}'" + (hint is null ? "" : $" (did you mean '{hint}'?)"));
        }
    }
}
