using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Book.Tests.ChronologyPdf;

using static ProjectKit;

/// <summary>The index as printed: an entry's pages are exactly those where one of its variants stands.</summary>
public sealed class IndexPdfTests
{
    const string Filler = "The river runs past the town and the fields, and the road follows it to the hills, where the old orchards "
        + "stand in rows and the shepherds bring their flocks down for the winter months before the snow closes the passes. ";

    /// <summary>A chapter of many paragraphs; names stand only in the paragraphs listed.</summary>
    static string Chapter(IReadOnlyDictionary<int, string> names)
    {
        var sb = new StringBuilder("# Places {#sec:places}\n\n");
        for (int p = 0; p < 24; p++)
        {
            sb.Append(Filler).Append(Filler);
            if (names.TryGetValue(p, out var n)) sb.Append(n).Append(' ');
            sb.Append(Filler).Append("\n\n");
        }
        return sb.ToString();
    }

    static readonly Dictionary<int, string> Names = new()
    {
        [1] = "Here Allahverdi Bagirov spoke.",
        [2] = "Later Bağırov returned.",
        [9] = "Nobody named Bagirovka lived here, and BAĞIROV in capitals is another spelling.",
        [14] = "Bağırov wrote a letter.",
        [21] = "In the end Allahverdi Bagirov left.",
    };

    [Fact]
    public void An_entry_lists_the_pages_where_any_of_its_variants_occurs_and_only_those()
    {
        var b = BuildProject(new Dictionary<string, string>
        {
            ["book.yaml"] = BookYaml("one.md", "[index]"),
            ["one.md"] = Chapter(Names),
            ["index.yaml"] = "- term: \"Bagirov, Allahverdi\"\n  variants: [\"Allahverdi Bagirov\", \"Bağırov\"]\n"
                + "- term: \"Orchards\"\n  variants: [\"orchards\"]\n",
        });
        Assert.True(b.Ok, b.Stderr);
        var pages = b.PageTexts().ToList();
        int indexPage = pages.FindIndex(t => Regex.IsMatch(t, @"^\s*Index\s*$", RegexOptions.Multiline));
        Assert.True(indexPage > 0, "no index page");

        // Where the variants really are, by printed folio (the last line of a page that is a number).
        var expected = new SortedSet<int>();
        var orchards = new SortedSet<int>();
        for (int i = 0; i < indexPage; i++)
        {
            var text = Regex.Replace(pages[i], @"\s+", " ");
            var folio = Regex.Matches(pages[i], @"^\s*(\d+)\s*$", RegexOptions.Multiline).LastOrDefault();
            if (folio is null) continue;
            int n = int.Parse(folio.Groups[1].Value, CultureInfo.InvariantCulture);
            if (Regex.IsMatch(text, @"\bAllahverdi Bagirov\b|(?<!\w)Bağırov(?!\w)")) expected.Add(n);
            if (Regex.IsMatch(text, @"\borchards\b")) orchards.Add(n);
        }
        Assert.True(expected.Count >= 3, "the names should stand on several pages");

        var index = Regex.Replace(pages[indexPage], @"\s+", " ");
        Assert.Equal(expected, Pages(index, "Bagirov, Allahverdi"));
        Assert.Equal(orchards, Pages(index, "Orchards"));
    }

    /// <summary>The page numbers after an entry's term, ranges expanded: "Term, 2–4, 9" → {2, 3, 4, 9}.</summary>
    static SortedSet<int> Pages(string index, string term)
    {
        var m = Regex.Match(index, Regex.Escape(term) + @"((?:, \d+(?:–\d+)?)+)");
        Assert.True(m.Success, $"'{term}' with pages not found in: {index}");
        var set = new SortedSet<int>();
        foreach (Match r in Regex.Matches(m.Groups[1].Value, @"(\d+)(?:–(\d+))?"))
        {
            int a = int.Parse(r.Groups[1].Value, CultureInfo.InvariantCulture);
            int z = r.Groups[2].Success ? int.Parse(r.Groups[2].Value, CultureInfo.InvariantCulture) : a;
            Assert.True(z > a || !r.Groups[2].Success, "a range runs forwards");
            for (int p = a; p <= z; p++) set.Add(p);
        }
        return set;
    }
}
