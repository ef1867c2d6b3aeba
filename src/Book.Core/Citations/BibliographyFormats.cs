using Book.Core.Citations.Bibliographies;
using Book.Core.Citations.Bibliographies.BibTex;
using Book.Model;

namespace Book.Core.Citations;

/// <summary>The bibliography file formats, chosen by extension as Pandoc chooses them.</summary>
public static class BibliographyFormats
{
    /// <summary>The extensions <c>bibliography:</c> accepts, for the error that names them.</summary>
    public static readonly string[] Extensions = [".yaml", ".yml", ".json", ".bib", ".bibtex"];

    public static bool IsKnown(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>Reads <paramref name="text"/> by <paramref name="file"/>'s extension: .json is CSL-JSON, .bib
    /// BibLaTeX, .bibtex BibTeX, anything else CSL-YAML.</summary>
    public static IReadOnlyList<BibItem> Read(string text, string file, DiagnosticBag diags) =>
        Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".json" => ReadJson(text, file, diags),
            ".bib" => ReadBib(text, file, diags, bibtex: false),
            ".bibtex" => ReadBib(text, file, diags, bibtex: true),
            _ => ReadYaml(text, file, diags),
        };

    public static IReadOnlyList<BibItem> ReadYaml(string text, string file, DiagnosticBag diags) =>
        CslYamlReader.Read(text, file, diags) is { } root ? CslItemReader.Read(root, diags) : [];

    public static IReadOnlyList<BibItem> ReadJson(string text, string file, DiagnosticBag diags) =>
        CslJsonReader.Read(text, file, diags) is { } root ? CslItemReader.Read(root, diags) : [];

    public static IReadOnlyList<BibItem> ReadBib(string text, string file, DiagnosticBag diags, bool bibtex) =>
        BibToCsl.Read(text, file, diags, bibtex);
}
