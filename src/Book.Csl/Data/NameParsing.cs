namespace Book.Csl;

/// <summary>Particles written inside family or given ("van Gogh", "Ludwig van"), split out as
/// citeproc-js does, unless the family is quoted ("\"van Gogh\"") or parse-names is false.</summary>
static class NameParsing
{
    public static CslName Parse(CslName n)
    {
        if (n.Literal is not null) return n;
        var family = n.Family;
        var given = n.Given;
        if (family is not null && family.Length > 1 && family[0] == '"' && family[^1] == '"')
            return n with { Family = family[1..^1] };
        if (family is not null && n.NonDroppingParticle is null && n.DroppingParticle is null)
        {
            var (particle, rest) = LeadingParticle(family);
            if (particle is not null && rest.Length > 0) { n = n with { NonDroppingParticle = particle, Family = rest }; }
        }
        if (given is not null && n.DroppingParticle is null)
        {
            var words = given.Split(' ');
            int k = words.Length;
            while (k > 1 && IsParticle(words[k - 1])) k--;
            if (k < words.Length) n = n with { Given = string.Join(' ', words[..k]), DroppingParticle = string.Join(' ', words[k..]) };
        }
        if (n.Given is { } g && n.Suffix is null)
        {
            int comma = g.IndexOf(',');
            if (comma > 0 && comma + 1 < g.Length && g[comma + 1] is ' ' or '!')
            {
                var suffix = g[(comma + 1)..].TrimStart();
                if (suffix.StartsWith('!')) n = n with { Given = g[..comma], Suffix = suffix.TrimStart('!', ' '), CommaSuffix = true };
                else n = n with { Given = g[..comma], Suffix = suffix };
            }
        }
        return n;
    }

    static (string? particle, string rest) LeadingParticle(string family)
    {
        var words = family.Split(' ');
        int k = 0;
        while (k < words.Length - 1 && IsParticle(words[k], abbreviated: true)) k++;
        if (k > 0) return (string.Join(' ', words[..k]), string.Join(' ', words[k..]));
        // "d'Alembert", "al-Khalil": a lowercase particle glued by an apostrophe or hyphen.
        int i = 0;
        while (i < family.Length && char.IsLower(family[i])) i++;
        if (i > 0 && i < family.Length - 1 && family[i] == '-' && family[..i] is not ("al" or "el" or "ibn" or "bin" or "abu")) return (null, family);
        if (i > 0 && i < 4 && i + 1 < family.Length && (family[i] is '\'' or '’' or '-') && char.IsUpper(family[i + 1]))
            return (family[..(i + 1)], family[(i + 1)..]);
        return (null, family);
    }

    /// <summary>A lowercase word, perhaps abbreviated or elided ("v.d.", "’t"); a given name's trailing
    /// word with a period is an initial, not a particle.</summary>
    static bool IsParticle(string w, bool abbreviated = false)
    {
        var t = w.TrimStart('\'', '’');
        return t.Length > 0 && char.IsLower(t[0]) && (abbreviated || !t.Contains('.'));
    }
}
