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
    static readonly string[] RefusedSchemes = ["javascript", "vbscript", "file", "data"];

    Model.Inline LinkOrText(IReadOnlyList<Model.Inline> content, string url, SourceSpan at)
    {
        int colon = url.IndexOf(':');
        var scheme = colon > 0 ? url[..colon].Trim().ToLowerInvariant() : null;
        if (scheme is not null && RefusedSchemes.Contains(scheme))
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
}
