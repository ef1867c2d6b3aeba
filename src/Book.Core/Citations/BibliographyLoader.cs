using Book.Core.Citations.Bibliographies;
using Book.Core.Sources;
using Book.Model;

namespace Book.Core.Citations;

/// <summary>
/// Finds and reads the book's bibliography files: those <c>bibliography:</c> names in book.yaml (one
/// or a list; CSL-YAML, CSL-JSON, BibLaTeX .bib or BibTeX .bibtex), or else the first of
/// sources.yaml, sources.yml and sources.json that exists.
/// </summary>
public static class BibliographyLoader
{
    public static readonly string[] DefaultNames = ["sources.yaml", "sources.yml", "sources.json"];

    public static Bibliography Load(ProjectFiles files, Manifest manifest, DiagnosticBag diags)
    {
        var named = manifest.Bibliography.Count > 0
            ? manifest.Bibliography
            : DefaultNames.Where(files.Exists).Take(1).Select(n => new FileRef(n, new SourceSpan(files.Display(n), 0, 0))).ToList();
        var items = new List<BibItem>();
        foreach (var f in named)
        {
            if (!BibliographyFormats.IsKnown(f.Path))
            {
                diags.Error(f.Span, $"bibliography '{f.Path}' is not a format I read; use {string.Join(", ", BibliographyFormats.Extensions)}");
                continue;
            }
            var text = files.ReadText(f.Path, manifest.Bibliography.Count > 0 ? f.Span : null, diags);
            if (text is null) continue;
            items.AddRange(BibliographyFormats.Read(text, files.Display(f.Path), diags));
        }
        return new Bibliography(items, diags);
    }
}
