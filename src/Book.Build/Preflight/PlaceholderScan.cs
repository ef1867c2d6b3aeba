using System.Text.RegularExpressions;
using Book.Core.Sources;
using Book.Model;

namespace Book.Build.Preflight;

/// <summary>
/// Text left from templates and drafts, found in every file the build read (chapters, book.yaml,
/// chronology, sources, data): "TODO", "TBD", "FIXME", "XXX", "lorem ipsum", "to be supplied", "to
/// be confirmed", and bracketed template text such as "[Editor's name]" or "[Insert the date here]".
/// A bracket that is Markdown (a link, a citation, a note, an attribute) or an editorial elision ("[…]")
/// is not template text.
/// </summary>
static partial class PlaceholderScan
{
    [GeneratedRegex(@"\b(TODO|TBD|TBC|FIXME|XXX)\b")]
    private static partial Regex Marker();

    [GeneratedRegex(@"lorem ipsum|to be (supplied|confirmed|added|written|completed|decided)|placeholder", RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();

    // Template text in one pair of brackets on one line ("[Editor's name]", "[Insert date here]", "[Title]"), not a
    // link "[text](…)", a reference "[text][…]", a note "^[…]", a citation "[@…]" or a YAML list "["…"]".
    [GeneratedRegex(@"(?<![\^\\])\[(?![@^\-""'])(?:[^\[\]\n]*\b(?:insert|your|name|here|tk|tbd)\b[^\[\]\n]*|\s*(?:the\s+)?(?:title|subtitle|author|editor|date|publisher|year|isbn)s?\s*)\](?![(\[{:])", RegexOptions.IgnoreCase)]
    private static partial Regex Bracketed();

    public static void Check(string file, string text, DiagnosticBag diags)
    {
        var found = new SortedDictionary<int, Match>();
        foreach (var regex in new[] { Marker(), Phrase(), Bracketed() })
            foreach (Match m in regex.Matches(text))
                found.TryAdd(m.Index, m);
        int lastEnd = -1;
        foreach (var (index, m) in found)
        {
            if (index < lastEnd) continue; // one finding for "[Editor's name — to be supplied]"
            lastEnd = index + m.Length;
            var (line, col) = ProjectFiles.LineColumn(text, index);
            diags.Warning(new SourceSpan(file, line, col),
                $"placeholder text \u201C{Shorten(Whole(text, m))}\u201D; replace it with the real text, or remove it");
        }
    }

    /// <summary>The bracketed phrase around a marker when there is one on its line, so the message shows what an editor will see.</summary>
    static string Whole(string text, Match m)
    {
        int open = text.LastIndexOf('[', m.Index), close = text.IndexOf(']', m.Index);
        int lineStart = text.LastIndexOf('\n', Math.Max(m.Index - 1, 0)) + 1, lineEnd = text.IndexOf('\n', m.Index);
        if (lineEnd < 0) lineEnd = text.Length;
        return open >= lineStart && close >= 0 && close < lineEnd && text.IndexOf(']', open) == close ? text[open..(close + 1)] : m.Value;
    }

    static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "\u2026";
}
