using System.Text;
using Book.Model;

namespace Book.Core.Citations;

/// <summary>
/// Builds citation text as model inlines, merging adjacent text and applying American punctuation
/// as Chicago wants it: a comma or period goes inside a closing quotation mark (“Title,”), and is
/// dropped after a title that already ends in ? or ! and a period is not doubled ("et al.").
/// </summary>
public sealed class InlineBuilder
{
    readonly List<Inline> _items = new();
    // A separator waits until more content follows, so a missing field never leaves ", " or ". " dangling.
    string? _pending;

    public bool IsEmpty => _items.Count == 0;

    public InlineBuilder Text(string? s)
    {
        if (string.IsNullOrEmpty(s)) return this;
        Flush();
        if (_items.Count > 0 && _items[^1] is Text t) _items[^1] = new Text(t.Value + s);
        else _items.Add(new Text(s));
        return this;
    }

    public InlineBuilder Add(Inline inline)
    {
        if (inline is Text t) return Text(t.Value);
        Flush();
        _items.Add(inline);
        return this;
    }

    public InlineBuilder AddRange(IEnumerable<Inline> inlines)
    {
        foreach (var i in inlines) Add(i);
        return this;
    }

    /// <summary>
    /// Appends punctuation (",", ".", ":", ";") now, with the quotation-mark rules above; a pending
    /// separator is dropped in its favour.
    /// </summary>
    public InlineBuilder Punct(string p)
    {
        _pending = null;
        if (_items.Count == 0) return this;
        var last = LastChar(_items, skipClosingQuotes: true);
        if (p is "," or "." && last is '?' or '!') return this;
        if (p == "." && last == '.') return this;
        if (p is "," or "." && _items[^1] is Text t && t.Value.EndsWith('”'))
        {
            var cut = t.Value.Length;
            while (cut > 0 && t.Value[cut - 1] is '”' or '’') cut--;
            _items[^1] = new Text(t.Value[..cut] + p + t.Value[cut..]);
            return this;
        }
        return Text(p);
    }

    /// <summary>
    /// Asks for a separator such as ", " or ". " before whatever comes next. Nothing is written
    /// if nothing follows; at the start it is ignored; if one is already pending, the first stays.
    /// </summary>
    public InlineBuilder Sep(string sep)
    {
        if (_items.Count > 0) _pending ??= sep;
        return this;
    }

    void Flush()
    {
        if (_pending is not { } sep) return;
        var p = sep.TrimEnd();
        if (p.Length > 0) Punct(p);
        _pending = null;
        var space = sep[p.Length..];
        if (space.Length > 0)
        {
            if (_items.Count > 0 && _items[^1] is Text t) _items[^1] = new Text(t.Value + space);
            else _items.Add(new Text(space));
        }
    }

    public List<Inline> Build() => new(_items);

    /// <summary>The last character of the plain text, optionally looking through closing quotation marks.</summary>
    public static char? LastChar(IReadOnlyList<Inline> inlines, bool skipClosingQuotes = false)
    {
        var s = InlineText.Plain(inlines);
        var i = s.Length - 1;
        if (skipClosingQuotes) while (i >= 0 && s[i] is '”' or '’') i--;
        return i >= 0 ? s[i] : null;
    }

    /// <summary>Upper-cases the first letter (a note that starts with a prefix: "see" → "See").</summary>
    public static List<Inline> CapitalizeFirst(IReadOnlyList<Inline> inlines)
    {
        var list = inlines.ToList();
        if (list.Count > 0 && list[0] is Text { Value.Length: > 0 } t && char.IsLower(t.Value[0]))
        {
            var sb = new StringBuilder(t.Value);
            sb[0] = char.ToUpperInvariant(sb[0]);
            list[0] = new Text(sb.ToString());
        }
        return list;
    }
}
