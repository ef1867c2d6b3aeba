using System.Text;

namespace Book.Synthetic;

/// <summary>
/// Deterministic English-like prose: a Zipf-skewed mix of short function words and longer
/// content words (so hyphenation and justification do real work), sentences of 8–28 words
/// with commas, now and then a name from the index or an Azerbaijani word in a language span.
/// </summary>
public sealed class Prose(Rng rng)
{
    static readonly string[] Function =
    [
        "the", "of", "and", "to", "in", "a", "that", "was", "for", "on", "as", "with", "by", "at", "from",
        "his", "her", "their", "it", "which", "had", "were", "not", "but", "this", "they", "be", "an",
        "who", "have", "after", "into", "more", "than", "its", "there", "when", "some", "all", "one",
    ];

    static readonly string[] Content =
    [
        "town", "road", "winter", "village", "families", "night", "snow", "forest", "survivors", "witnesses",
        "officials", "government", "commission", "investigation", "documents", "archives", "testimony",
        "population", "settlement", "administration", "communication", "helicopter", "territory", "border",
        "mountains", "refugees", "hostages", "negotiations", "journalists", "photographs", "correspondents",
        "independence", "parliament", "resolution", "recognition", "commemoration", "remembrance", "memorial",
        "anniversary", "historians", "accounts", "circumstances", "interpretation", "contradictory",
        "reconstruction", "humanitarian", "organisation", "international", "responsibility", "consequences",
        "approximately", "particularly", "nevertheless", "subsequently", "simultaneously", "unfortunately",
        "considerable", "significant", "extraordinary", "characteristic", "comprehensive", "established",
        "described", "reported", "recorded", "remembered", "estimated", "published", "according", "difficult",
        "different", "important", "possible", "available", "separate", "eventually", "immediately", "quietly",
        "carefully", "regional", "military", "civilian", "political", "economic", "cultural", "historical",
        "agricultural", "industrial", "educational", "medical", "electricity", "airport", "railway", "school",
        "hospital", "market", "river", "valley", "bridge", "station", "district", "province", "capital",
        "evening", "morning", "February", "December", "newspaper", "magazine", "broadcast", "statement",
        "declaration", "agreement", "convention", "committee", "delegation", "representatives", "volunteers",
        "defenders", "soldiers", "columns", "vehicles", "corridor", "checkpoint", "shelter", "supplies",
        "medicine", "clothing", "blankets", "children", "mothers", "fathers", "grandparents", "neighbours",
        "teachers", "doctors", "drivers", "farmers", "shepherds", "engineers", "students", "correspondence",
        "understanding", "questionnaire", "photographer", "bibliography", "chronology", "characteristically",
    ];

    static readonly string[] Names =
    [
        "Aliyev", "Bagirov", "Balasanyan", "Ebilov", "Mutallibov", "Kasimov", "Jafarov", "Ahundova",
        "Khojaly", "Aghdam", "Shusha", "Baku", "Askeran", "Khankendi", "Nakhchivanik", "Kushchular",
    ];

    static readonly string[] Azerbaijani = ["Xocalı", "Ağdam", "Şuşa", "Bağırov", "Əsgəran", "Naxçıvanik", "İlham", "Gəncə"];

    public string Word()
    {
        // Roughly Zipf: function words most of the time, long words less often.
        double u = rng.NextDouble();
        if (u < 0.45) return Function[(int)(Function.Length * rng.NextDouble() * rng.NextDouble())];
        return Content[(int)(Content.Length * rng.NextDouble() * rng.NextDouble() * 0.999)];
    }

    /// <summary>A sentence of 8–28 words, capitalised, with a comma or two and a final stop.</summary>
    public void Sentence(StringBuilder sb, bool allowSpans = true)
    {
        int n = rng.Next(8, 29);
        for (int i = 0; i < n; i++)
        {
            string w;
            double u = rng.NextDouble();
            if (allowSpans && u < 0.015) w = $"[{Azerbaijani[rng.Next(Azerbaijani.Length)]}]{{lang=az}}";
            else if (u < 0.025) w = Names[rng.Next(Names.Length)];
            else if (allowSpans && u < 0.045) w = "*" + Word() + "*";
            else w = Word();
            if (i == 0) w = char.ToUpperInvariant(w[0]) + w[1..];
            sb.Append(w);
            if (i < n - 1) sb.Append(i > 3 && i < n - 3 && rng.NextDouble() < 0.08 ? ", " : " ");
        }
        sb.Append(rng.NextDouble() < 0.05 ? "; " : ". ");
    }

    public static IReadOnlyList<string> IndexNames => Names;
}

/// <summary>A small fixed PRNG (xorshift64*) so generated books are the same on every .NET version.</summary>
public sealed class Rng(ulong seed)
{
    ulong _s = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;

    public ulong NextULong()
    {
        _s ^= _s >> 12; _s ^= _s << 25; _s ^= _s >> 27;
        return _s * 2685821657736338717UL;
    }

    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));
    public int Next(int min, int max) => min + (int)(NextDouble() * (max - min));
    public int Next(int max) => Next(0, max);
}
