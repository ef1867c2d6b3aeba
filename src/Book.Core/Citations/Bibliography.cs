using Book.Core.Citations.Bibliographies;
using Book.Model;

namespace Book.Core.Citations;

/// <summary>
/// The sources a book may cite, in file order, looked up by id: CSL-JSON items (<see cref="Items"/>)
/// for the CSL processor. Read from CSL-YAML, CSL-JSON
/// or BibTeX/BibLaTeX, one file or several; the same sources give the same items in any of them.
/// </summary>
public sealed class Bibliography
{
    readonly Dictionary<string, BibItem> _byId;

    /// <summary>
    /// Collects <paramref name="items"/> from one or more files: a duplicate id is an error at both
    /// places (the first is kept), a type CSL does not know a warning that names the nearest one.
    /// </summary>
    public Bibliography(IEnumerable<BibItem> items, DiagnosticBag? diags = null)
    {
        var kept = new List<BibItem>();
        _byId = new Dictionary<string, BibItem>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (_byId.TryGetValue(item.Id, out var first))
            {
                diags?.Error(item.Span, $"duplicate source id '{item.Id}' (first defined at {Where(first.Span!, item.Span)})");
                if (reported.Add(item.Id))
                    diags?.Error(first.Span!, $"source id '{item.Id}' is defined again at {Where(item.Span, first.Span!)}");
                continue;
            }
            if (!CslTypes.All.Contains(item.Type))
            {
                var hint = CslTypes.Suggest(item.Type) is { } s ? $"; did you mean '{s}'?" : "; see the CSL 1.0.2 list of types";
                diags?.Warning(item.At("type"), $"source '{item.Id}' has type '{item.Type}', which is not a CSL type{hint}");
            }
            _byId.Add(item.Id, item);
            kept.Add(item);
        }
        Items = kept;
    }

    /// <summary>"line 3" in the same file, "refs.bib:3:1" in another.</summary>
    static string Where(SourceSpan at, SourceSpan from) => at.File == from.File ? $"line {at.Line}" : at.ToString();

    /// <summary>All sources as CSL-JSON items, in the order of the files.</summary>
    public IReadOnlyList<BibItem> Items { get; }

    public IEnumerable<string> Keys => Items.Select(e => e.Id);

    public bool TryGet(string id, out BibItem item) => _byId.TryGetValue(id, out item!);

    public static Bibliography Empty { get; } = new([]);

    /// <summary>
    /// Parses CSL-YAML. <paramref name="file"/> is the project-relative name used in diagnostics.
    /// On a syntax error the diagnostics say where, and the result holds no sources.
    /// </summary>
    public static Bibliography FromYaml(string text, string file, DiagnosticBag diags) =>
        new(BibliographyFormats.ReadYaml(text, file, diags), diags);

    /// <summary>Parses CSL-JSON (an array of items); same contract as <see cref="FromYaml"/>.</summary>
    public static Bibliography FromJson(string text, string file, DiagnosticBag diags) =>
        new(BibliographyFormats.ReadJson(text, file, diags), diags);

    /// <summary>Parses BibLaTeX (or BibTeX, <paramref name="bibtex"/>) as Pandoc maps it to CSL.</summary>
    public static Bibliography FromBib(string text, string file, DiagnosticBag diags, bool bibtex = false) =>
        new(BibliographyFormats.ReadBib(text, file, diags, bibtex), diags);
}
