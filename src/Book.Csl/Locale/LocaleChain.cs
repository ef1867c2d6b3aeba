namespace Book.Csl;

/// <summary>A resolved locale: the chain of locales to consult, first hit wins.</summary>
sealed class LocaleChain(List<CslLocale> chain, string tag)
{
    public string Tag { get; } = tag;
    public bool IsEnglish => Tag.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    public bool PunctuationInQuote => Option("punctuation-in-quote") == "true";
    public bool LimitDayOrdinalsToDay1 => Option("limit-day-ordinals-to-day-1") == "true";

    public string? Option(string name)
    {
        foreach (var l in chain) if (l.Options.TryGetValue(name, out var v)) return v;
        return null;
    }

    public El? DateFormat(string form)
    {
        foreach (var l in chain) if (l.DateFormats.TryGetValue(form, out var d)) return d;
        return null;
    }

    static readonly Dictionary<string, string[]> FormFallback = new()
    {
        ["long"] = ["long"], ["short"] = ["short", "long"], ["verb"] = ["verb", "long"],
        ["verb-short"] = ["verb-short", "verb", "long"], ["symbol"] = ["symbol", "short", "long"],
    };

    /// <summary>A term's text, or null if no locale defines it (an empty term is defined).</summary>
    public string? Term(string name, string form = "long", bool plural = false, string? genderForm = null)
    {
        var t = Find(name, form, genderForm);
        return t is null ? null : plural ? t.Multiple : t.Single;
    }

    public Term? Find(string name, string form, string? genderForm = null)
    {
        foreach (var f in FormFallback.TryGetValue(form, out var fs) ? fs : ["long"])
            foreach (var l in chain)
                if (l.Terms.TryGetValue((name, f), out var list))
                {
                    var hit = list.FirstOrDefault(x => x.GenderForm == genderForm) ?? (genderForm is null ? null : list.FirstOrDefault(x => x.GenderForm is null));
                    if (hit is not null) return hit;
                }
        return null;
    }

    public string? Gender(string name)
    {
        foreach (var l in chain) if (l.Genders.TryGetValue(name, out var g)) return g;
        return null;
    }

    /// <summary>Whether any locale in the chain defines the CSL 1.0.1 ordinal-00…99 terms; if the first
    /// that defines ordinals uses them, the old "ordinal-01" style is ignored.</summary>
    public IEnumerable<CslLocale> Locales => chain;
}
