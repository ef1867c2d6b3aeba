using System.Globalization;
using System.Text;

namespace Book.Synthetic;

/// <summary>
/// A note-heavy test book of the kind the typography review measured against LaTeX: one
/// chapter of about 23 A5 pages, 90 footnotes (short ones, "Ibid." pairs, notes with URLs, and
/// six of 1,400–2,000 characters), ordinary English proportions with long capitalised names among them. It uses only Markdown
/// that pandoc reads the same way, so LaTeX can set the very same text (bench/latex-spacing).
/// The same seed always gives the same files.
/// </summary>
public static class NoteBook
{
    public const int Notes = 90;

    /// <summary>Names of the kind a line breaker must hyphenate to keep its spaces even.</summary>
    static readonly string[] Names =
    [
        "Azerbaijan", "Azerbaijani", "Balasanyan", "Karabakh", "Khojaly", "Qalampir.uz", "Armenian", "Mutallibov",
        "Khankendi", "Nakhchivanik", "Stepanakert", "Askeran", "Kushchular", "Agdam", "Shusha", "Kasimov",
        "Khachaturyan", "Tchitchakian", "Memorial", "Helsinki", "Washington", "Transcaucasia", "Moscow", "Baku",
    ];

    /// <summary>Everyday words of four to nine letters: with the prose's function and long words they give English's mix of lengths.</summary>
    static readonly string[] Common =
    [
        "people", "house", "water", "winter", "family", "street", "night", "morning", "later", "before",
        "again", "under", "never", "always", "often", "little", "great", "small", "young", "old", "could",
        "would", "should", "people", "every", "through", "across", "behind", "beyond", "school", "friends",
        "letters", "window", "garden", "station", "bridge", "market", "doctor", "mother", "father", "brother",
        "sister", "children", "village", "country", "history", "record", "number", "report", "figure",
        "written", "spoken", "called", "turned", "walked", "carried", "waited", "stayed", "heard", "seen",
        "found", "lost", "known", "shown", "given", "taken", "place", "front", "side", "road", "hills",
        "field", "forest", "snow", "cold", "dark", "light", "first", "last", "second", "third", "early",
        "efficient", "affluent", "careful", "quiet", "certain", "simple", "common", "modern", "local",
    ];

    static readonly string[] Urls =
    [
        "https://www.trtworld.com/magazine/in-photos-the-khojaly-massacre-remembered-12345",
        "https://qalampir.uz/en/news/anniversary-of-khojaly-massacre-by-armenian-forces",
        "https://www.dailysabah.com/world/asia-pacific/azerbaijan-commemorates-victims",
        "https://www.hrw.org/reports/1992/WR92/HSW-07.htm",
        "https://en.wikipedia.org/wiki/Khojaly_massacre",
    ];

    /// <summary>Writes book.yaml and one chapter (notes.md) into <paramref name="dir"/>.</summary>
    public static void Write(string dir, ulong seed = 90)
    {
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "notes.md"), Chapter(seed), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(dir, "book.yaml"),
            "title: \"A Note-Heavy Test Book\"\nslug: notebook\nlanguage: en\ndate: 2026-01-01\n" +
            "page: { size: A5, top: 16mm, bottom: 20mm, inner: 18mm, outer: 14mm }\nfont-size: 10.5\n" +
            "chapters: [notes.md]\noutputs: [pdf]\n", new UTF8Encoding(false));
    }

    /// <summary>The chapter: headings every few paragraphs, a note mark every 40 or so words, the notes at the end.</summary>
    public static string Chapter(ulong seed = 90)
    {
        var rng = new Rng(seed);
        var prose = new Prose(rng);
        var sb = new StringBuilder("# Notes on a Winter in Karabakh {#sec:notes}\n\n");
        var notes = new StringBuilder();
        int note = 0, paragraph = 0;
        // Which notes are long (about 1,400–2,000 characters), as in the review's book.
        var longNotes = new HashSet<int> { 7, 22, 38, 51, 66, 80 };
        while (note < Notes)
        {
            if (paragraph > 0 && paragraph % 6 == 0) sb.Append("## ").Append(Title(prose)).Append("\n\n");
            int sentences = rng.Next(3, 7);
            for (int s = 0; s < sentences; s++)
            {
                Sentence(sb, prose, rng);
                if (note < Notes && rng.NextDouble() < 0.4)
                {
                    sb.Length--; // the space after the full stop: the mark follows the punctuation
                    note++;
                    sb.Append(CultureInfo.InvariantCulture, $"[^{note}] ");
                    notes.Append(CultureInfo.InvariantCulture, $"[^{note}]: ").Append(NoteText(note, longNotes.Contains(note), prose, rng)).Append("\n\n");
                }
            }
            sb.Length--;
            sb.Append("\n\n");
            paragraph++;
        }
        return sb.Append(notes).ToString();
    }

    static string NoteText(int note, bool isLong, Prose prose, Rng rng)
    {
        var sb = new StringBuilder();
        if (isLong)
        {
            int target = 1400 + rng.Next(600);
            while (sb.Length < target) Sentence(sb, prose, rng);
            sb.Length--;
            return sb.ToString();
        }
        double u = rng.NextDouble();
        if (note > 1 && u < 0.15) return "Ibid.";
        if (u < 0.35)
        {
            Sentence(sb, prose, rng);
            sb.Append("See <").Append(Urls[rng.Next(Urls.Length)]).Append(">, accessed 23 February 2024.");
            return sb.ToString();
        }
        int n = rng.Next(1, 3);
        for (int i = 0; i < n; i++) Sentence(sb, prose, rng);
        sb.Length--;
        return sb.ToString();
    }

    static readonly string[] Small =
    [
        "the", "of", "and", "to", "in", "a", "that", "was", "for", "on", "as", "with", "by", "at", "from", "his",
        "her", "their", "it", "which", "had", "were", "not", "but", "this", "they", "be", "an", "who", "have",
        "after", "into", "more", "than", "its", "there", "when", "some", "all", "one", "most", "came", "get",
    ];

    /// <summary>A sentence of 8–28 words in ordinary English proportions: a name one word in twenty-five, a long
    /// word one in seven, else short and everyday words (about five letters a word on average).</summary>
    static void Sentence(StringBuilder sb, Prose prose, Rng rng)
    {
        int n = rng.Next(8, 29);
        for (int i = 0; i < n; i++)
        {
            double u = rng.NextDouble();
            string w = u < 0.04 ? Names[rng.Next(Names.Length)] : u < 0.18 ? prose.Word() : u < 0.6 ? Small[rng.Next(Small.Length)] : Common[rng.Next(Common.Length)];
            if (i == 0) w = char.ToUpperInvariant(w[0]) + w[1..];
            sb.Append(w);
            if (i < n - 1) sb.Append(i > 3 && i < n - 3 && rng.NextDouble() < 0.08 ? ", " : " ");
        }
        sb.Append(". ");
    }

    static string Title(Prose prose)
    {
        var w = new List<string>();
        int n = 3 + prose.Word().Length % 3;
        for (int i = 0; i < n; i++) w.Add(prose.Word());
        w[0] = char.ToUpperInvariant(w[0][0]) + w[0][1..];
        return string.Join(' ', w);
    }
}
