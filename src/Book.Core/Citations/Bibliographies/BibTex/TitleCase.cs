using System.Text;

namespace Book.Core.Citations.Bibliographies.BibTex;

/// <summary>
/// BibTeX titles are written in title case; CSL styles want them in sentence case and apply title
/// case themselves. This lowers capitalised words as Pandoc (citeproc) does: brace groups protect
/// their words, the first word and the first after a sentence-ending mark keep their capital, words
/// in capitals or mixed case (NASA, iPhone) are left alone. A protected group that holds a lower-case
/// word stays a <c>nocase</c> span, so the processor's title case leaves it alone too.
/// </summary>
public static class TitleCase
{
    enum State { Start, StartSentence, AfterWordEnd, AfterWordChar, AfterSentenceEnd, BeforeLastWord }

    public static IReadOnlyList<TexNode> ToSentenceCase(IReadOnlyList<TexNode> nodes)
    {
        var st = State.Start;
        var protectedNodes = Protect(nodes);
        // citeproc treats the title's last word specially: it is never a sentence start.
        if (protectedNodes.Count > 0 && protectedNodes[^1] is TexText last)
        {
            var cut = last.Text.LastIndexOf(' ') + 1;
            var word = last.Text[cut..];
            var hasBefore = protectedNodes.Count > 1 || cut > 0;
            if (word.Length > 0 && hasBefore && !word.Any(IsWordBreak))
            {
                var head = protectedNodes.Take(protectedNodes.Count - 1).ToList();
                if (cut > 0) head.Add(new TexText(last.Text[..cut]));
                var done = Walk(head, ref st);
                if (st is State.AfterWordEnd or State.StartSentence or State.Start) st = State.BeforeLastWord;
                done.Add(new TexText(Transform(word, ref st)));
                return Unprotect(done);
            }
        }
        return Unprotect(Walk(protectedNodes, ref st));
    }

    static List<TexNode> Protect(IReadOnlyList<TexNode> nodes) => nodes.Select(n => n switch
    {
        TexGroup { Kind: TexKind.Brace } g => g with { Kind = TexKind.NoCase, Children = Protect(g.Children) },
        TexGroup g => g with { Children = Protect(g.Children) },
        _ => n,
    }).ToList();

    static List<TexNode> Unprotect(IReadOnlyList<TexNode> nodes) => nodes.Select(n => n switch
    {
        TexGroup { Kind: TexKind.NoCase } g => g with { Kind = HasLowercaseWord(g.Children) ? TexKind.NoCase : TexKind.Brace, Children = Unprotect(g.Children) },
        TexGroup g => g with { Children = Unprotect(g.Children) },
        _ => n,
    }).ToList();

    static bool HasLowercaseWord(IReadOnlyList<TexNode> nodes)
    {
        var text = TexRender.Plain(nodes);
        var atWordStart = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c)) { atWordStart = true; continue; }
            if (atWordStart && char.IsLower(c)) return true;
            atWordStart = false;
        }
        return false;
    }

    static List<TexNode> Walk(IReadOnlyList<TexNode> nodes, ref State st)
    {
        var result = new List<TexNode>();
        foreach (var n in nodes)
        {
            switch (n)
            {
                case TexText t:
                    result.Add(new TexText(Transform(t.Text, ref st)));
                    break;
                case TexGroup { Kind: TexKind.NoCase } g:
                {
                    // A protected group right after a letter is part of that word: no span of its own.
                    var kind = st == State.AfterWordChar ? TexKind.Brace : TexKind.NoCase;
                    Update(TexRender.Plain(g.Children).Replace(" ", "").Replace("\u00A0", ""), ref st);
                    result.Add(g with { Kind = kind });
                    break;
                }
                case TexGroup { Kind: TexKind.SmallCaps or TexKind.Sup or TexKind.Sub } g:
                    Update(TexRender.Plain(g.Children).Replace(" ", ""), ref st);
                    result.Add(g);
                    break;
                case TexGroup g:
                    result.Add(g with { Children = Walk(g.Children, ref st) });
                    break;
            }
        }
        return result;
    }

    static string Transform(string text, ref State st)
    {
        var sb = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var j = i + 1;
            while (j < text.Length && SameType(text[j - 1], text[j])) j++;
            var chunk = text[i..j];
            var before = st;
            Update(chunk, ref st);
            sb.Append(chunk.All(char.IsLetterOrDigit) ? Sentence(before, chunk) : chunk);
            i = j;
        }
        return sb.ToString();
    }

    static void Update(string chunk, ref State st)
    {
        if (chunk.Length == 0) return;
        var c = chunk[^1];
        if (c is '.' or '?' or '!' or ':') st = State.AfterSentenceEnd;
        else if (char.IsLetterOrDigit(c)) st = State.AfterWordChar;
        else if (char.IsWhiteSpace(c) && st == State.AfterSentenceEnd) st = State.StartSentence;
        else if (IsWordBreak(c)) st = State.AfterWordEnd;
    }

    static string Sentence(State st, string chunk)
    {
        var start = st is State.Start or State.StartSentence;
        if (IsCapitalized(chunk) && !start) return chunk.ToLowerInvariant();
        if ((IsCapitalized(chunk) || chunk.All(char.IsLower)) && start)
        {
            var lower = chunk.ToLowerInvariant();
            return char.ToUpperInvariant(lower[0]) + lower[1..];
        }
        return chunk;
    }

    static bool IsCapitalized(string t) => t.Length > 0 && char.IsUpper(t[0]) && t.Skip(1).All(char.IsLower);

    static bool IsWordBreak(char c) => c is '-' or '/' or '\u2013' or '\u2014' || char.IsWhiteSpace(c);

    /// <summary>citeproc's chunks: ASCII letters and digits, other letters and digits, and spaces run together.</summary>
    static bool SameType(char c, char d) =>
        (char.IsAscii(c) && char.IsLetterOrDigit(c) && char.IsAscii(d) && char.IsLetterOrDigit(d)) ||
        (!char.IsAscii(c) && char.IsLetterOrDigit(c) && !char.IsAscii(d) && char.IsLetterOrDigit(d)) ||
        (char.IsWhiteSpace(c) && char.IsWhiteSpace(d));
}
