using System.Collections.Concurrent;
using System.Reflection;

namespace Book.Csl;

/// <summary>The locales a processor may draw on: the shipped ones (embedded, parsed on first use)
/// plus any given. Resolves a language to a chain: the style's own &lt;locale&gt; overrides (exact,
/// then language, then unnamed), the file for xx-YY, the file for the language's main dialect, en-US.</summary>
public sealed class LocaleSet
{
    const string Prefix = "Book.Csl.Locales.locales-";
    readonly ConcurrentDictionary<string, CslLocale?> _cache = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, CslLocale> _extra = new(StringComparer.OrdinalIgnoreCase);

    public static LocaleSet BuiltIn { get; } = new();

    /// <summary>The languages shipped (e.g. "de-DE", "fr-FR"), from the embedded files.</summary>
    public static IReadOnlyList<string> BuiltInLanguages { get; } = typeof(LocaleSet).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".xml", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^4]).Order(StringComparer.Ordinal).ToList();

    /// <summary>A set with extra locales that take precedence over the shipped file of the same language.</summary>
    public LocaleSet With(params CslLocale[] locales)
    {
        var set = new LocaleSet();
        foreach (var (k, v) in _extra) set._extra[k] = v;
        foreach (var l in locales) if (l.Language is { } lang) set._extra[lang] = l;
        return set;
    }

    /// <summary>The locale file for a language tag, or null if none is shipped.</summary>
    public CslLocale? Find(string tag)
    {
        if (_extra.TryGetValue(tag, out var x)) return x;
        return _cache.GetOrAdd(tag, t =>
        {
            using var s = typeof(LocaleSet).Assembly.GetManifestResourceStream(Prefix + Canonical(t) + ".xml");
            if (s is null) return null;
            using var r = new StreamReader(s);
            return CslLocale.Parse(r.ReadToEnd(), "locales-" + t + ".xml");
        });
    }

    static string Canonical(string tag)
    {
        foreach (var l in BuiltInLanguages) if (string.Equals(l, tag, StringComparison.OrdinalIgnoreCase)) return l;
        return tag;
    }

    static readonly Dictionary<string, string> MainDialect = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "en-US", ["de"] = "de-DE", ["fr"] = "fr-FR", ["es"] = "es-ES", ["pt"] = "pt-PT", ["zh"] = "zh-CN",
        ["sr"] = "sr-Latn-RS", ["ca"] = "ca-AD", ["nb"] = "nb-NO", ["nn"] = "nn-NO", ["no"] = "nb-NO", ["sv"] = "sv-SE",
        ["da"] = "da-DK", ["el"] = "el-GR", ["cs"] = "cs-CZ", ["ja"] = "ja-JP", ["ko"] = "ko-KR", ["uk"] = "uk-UA",
        ["he"] = "he-IL", ["fa"] = "fa-IR", ["et"] = "et-EE", ["sl"] = "sl-SI", ["vi"] = "vi-VN", ["cy"] = "cy-GB",
        ["af"] = "af-ZA", ["km"] = "km-KH", ["hi"] = "hi-IN",
    };

    /// <summary>The shipped file for a language: exact tag, else its main dialect, else any dialect.</summary>
    internal CslLocale? FileFor(string tag)
    {
        if (Find(tag) is { } exact) return exact;
        var lang = tag.Split('-', '_')[0];
        if (MainDialect.TryGetValue(lang, out var main) && Find(main) is { } m) return m;
        if (Find(lang) is { } bare) return bare;
        var guess = BuiltInLanguages.FirstOrDefault(l => l.StartsWith(lang + "-", StringComparison.OrdinalIgnoreCase));
        return guess is null ? null : Find(guess);
    }

    internal LocaleChain Resolve(CslStyle style, string? language)
    {
        var tag = language ?? style.DefaultLocale ?? "en-US";
        var lang = tag.Split('-')[0];
        var chain = new List<CslLocale>();
        var inStyle = style.Locales.Select(l => new CslLocale(l)).ToList();
        chain.AddRange(inStyle.Where(l => string.Equals(l.Language, tag, StringComparison.OrdinalIgnoreCase)));
        chain.AddRange(inStyle.Where(l => l.Language is { } x && !string.Equals(x, tag, StringComparison.OrdinalIgnoreCase) && string.Equals(x, lang, StringComparison.OrdinalIgnoreCase)));
        chain.AddRange(inStyle.Where(l => l.Language is null));
        if (FileFor(tag) is { } file) chain.Add(file);
        if (!lang.Equals("en", StringComparison.OrdinalIgnoreCase))
        {
            // The style's English overrides still beat the bare en-US file when the language lacks a term.
            chain.AddRange(inStyle.Where(l => l.Language is { } x && x.StartsWith("en", StringComparison.OrdinalIgnoreCase)));
        }
        if (Find("en-US") is { } en && !chain.Contains(en)) chain.Add(en);
        return new LocaleChain(chain, tag);
    }
}
