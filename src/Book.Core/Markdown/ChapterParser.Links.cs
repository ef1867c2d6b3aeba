using Book.Model;

namespace Book.Core.Markdown;

/// <summary>
/// What a link and a language attribute may carry into the outputs. Script and local-file links
/// (javascript:, vbscript:, file:, data:) run code or reach the reader's disk from a book, and the
/// e-book must not carry them: the words stay, the link goes, with a warning. An ill-formed language
/// tag is dropped the same way.
/// </summary>
public sealed partial class ChapterParser
{
    Model.Inline LinkOrText(IReadOnlyList<Model.Inline> content, string url, SourceSpan at)
    {
        if (RawHtml.RefusedScheme(url) is { } scheme)
        {
            _diags.Warning(at, $"a '{scheme}:' link cannot go into a book; its text is kept without the link");
            return content.Count == 1 ? content[0] : new Span(content, null, []);
        }
        return new Link(content, url);
    }

    string? Lang(string? tag, SourceSpan at)
    {
        if (tag is null || LanguageTag.IsWellFormed(tag)) return tag;
        _diags.Warning(at, LanguageTag.Problem(tag) + "; the text is kept without it");
        return null;
    }

    /// <summary>A <c>lang</c> on a heading or a div: the model keeps languages on spans only, so it was dropped
    /// without a word; now it is a warning, which also says when the tag itself is ill-formed.</summary>
    void UnusedLang(IEnumerable<KeyValuePair<string, string>>? properties, SourceSpan at, string what)
    {
        if (properties?.FirstOrDefault(p => p.Key == "lang") is not { Key: not null } lang) return;
        var problem = LanguageTag.IsWellFormed(lang.Value) ? "" : LanguageTag.Problem(lang.Value) + ", and ";
        _diags.Warning(at, $"{problem}a {what} cannot carry a language (lang={lang.Value}) and is set in the book's; mark its words as a span: [words]{{lang=…}}");
    }
}
