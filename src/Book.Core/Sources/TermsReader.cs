using Book.Model;
using YamlDotNet.RepresentationModel;

namespace Book.Core.Sources;

/// <summary>
/// The book's locale: the term file of its language (az-Latn-AZ → az → en), with book.yaml's
/// <c>terms: { contents: "İçindəkilər" }</c> applied. An unknown term name is a warning (with the
/// nearest known name); a language with no term file of its own is a warning too, since its
/// generated words would be English.
/// </summary>
public static class TermsReader
{
    public static Locale Read(YamlNode? node, string language, DiagnosticBag diags, Func<YamlNode, SourceSpan> at, SourceSpan languageAt)
    {
        var locale = Locale.For(language);
        var primary = LanguageTag.Primary(language);
        if (locale.File == "en" && primary is not ("en" or "und"))
            diags.Warning(languageAt, $"no terms for language '{language}': the words the book writes itself (Contents, Index, dates…) " +
                $"stay English; give them under 'terms:' in book.yaml (languages with terms: {string.Join(", ", Locale.Languages)})");
        if (node is null) return locale;
        if (node is not YamlMappingNode map)
        {
            diags.Error(at(node), "terms must be a mapping of term names to words, such as terms: { contents: \"Mündəricat\" }");
            return locale;
        }
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (!Locale.TermNames.Contains(name))
            {
                var hint = DidYouMean.Closest(name, Locale.TermNames);
                diags.Warning(at(k), $"unknown term '{name}' in book.yaml is ignored" + (hint is null ? "" : $" (did you mean '{hint}'?)"));
                continue;
            }
            if (v is not YamlScalarNode { Value: { } word })
            {
                diags.Error(at(v), $"term '{name}' must be a word or a phrase");
                continue;
            }
            overrides[name] = word;
        }
        return locale.WithTerms(overrides);
    }
}
