using Book.Core.Citations;
using Book.Model;

namespace Book.Core.Pipeline;

/// <summary>Loads sources.yaml (or sources.json), turns citations into notes and fills the bibliography appendix.</summary>
public sealed class CitationStage : IResolveStage
{
    public BookDocument Apply(BookDocument book, ResolveContext context)
    {
        var (files, diags) = (context.Files, context.Diagnostics);
        var bib = Bibliography.Empty;
        foreach (var name in new[] { "sources.yaml", "sources.yml", "sources.json" })
        {
            if (!files.Exists(name)) continue;
            var text = files.ReadText(name, null, diags);
            if (text is null) return book;
            bib = name.EndsWith(".json", StringComparison.Ordinal)
                ? Bibliography.FromJson(text, files.Display(name), diags)
                : Bibliography.FromYaml(text, files.Display(name), diags);
            break;
        }
        return CitationResolver.Resolve(book, bib, new ChicagoNotesStyle(), diags);
    }
}
