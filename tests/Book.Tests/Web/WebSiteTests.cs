using System.Text;
using System.Xml.Linq;
using Book.Build;
using Book.Web;

namespace Book.Tests.Web;

/// <summary>
/// The booklet's web edition as written by `book build --format html`: the offline HTML checks
/// (every page well-formed, ids unique, every link resolving), its size, its fonts, the index and
/// the printed page numbers, and the same bytes from build to build.
/// </summary>
public sealed class WebSiteTests
{
    static string Site => SharedBooklet.Get().Web;
    static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    internal static XDocument Load(string file)
    {
        var text = File.ReadAllText(file, Encoding.UTF8);
        Assert.StartsWith("<!DOCTYPE html>\n", text);
        return XDocument.Parse(text["<!DOCTYPE html>\n".Length..]);
    }

    static IEnumerable<string> Pages() => Directory.GetFiles(Site, "*.html").Order(StringComparer.Ordinal);

    [Fact]
    public void The_site_has_a_home_page_a_page_per_chapter_and_appendix_and_a_search_page()
    {
        Assert.Equal(0, SharedBooklet.Get().Build.ExitCode);
        var names = Pages().Select(Path.GetFileName).ToList();
        Assert.Contains("index.html", names);
        Assert.Contains("search.html", names);
        // Titles keep a day with its month by a no-break space: compared as spaces.
        var titles = Pages().Select(p => Load(p).Descendants(X + "title").Single().Value.Replace('\u00A0', ' ')).ToList();
        foreach (var t in new[] { "The night of 25–26 February", "Chronology", "Index", "Bibliography" })
            Assert.Contains(titles, x => x.StartsWith(t + " — ", StringComparison.Ordinal));
        // Ten chapters, each a doc-chapter page.
        Assert.Equal(10, Pages().Count(p => Load(p).Descendants(X + "section").Any(s => (string?)s.Attribute("role") == "doc-chapter")));
    }

    [Fact]
    public void Every_page_is_well_formed_with_unique_ids_and_every_link_resolves()
    {
        var idsByPage = Pages().ToDictionary(Path.GetFileName, p => Load(p).Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList(), StringComparer.Ordinal);
        foreach (var (page, ids) in idsByPage)
            Assert.True(ids.Count == ids.Distinct(StringComparer.Ordinal).Count(), $"{page} repeats ids: {string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
        int links = 0;
        foreach (var page in Pages())
        {
            var doc = Load(page);
            var refs = doc.Descendants().SelectMany(e => new[] { e.Attribute("href"), e.Attribute("src") }).OfType<XAttribute>()
                .Where(a => a.Parent!.Name.Namespace == X).Select(a => a.Value);
            foreach (var href in refs)
            {
                if (href.StartsWith("http://", StringComparison.Ordinal) || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                links++;
                var (file, fragment) = href.IndexOf('#') is int i and >= 0 ? (href[..i], href[(i + 1)..]) : (href, null);
                var target = file.Length == 0 ? Path.GetFileName(page) : file;
                Assert.True(File.Exists(Path.Combine(Site, target)), $"{Path.GetFileName(page)}: {href} names no file");
                if (fragment is not null)
                    Assert.True(idsByPage.TryGetValue(target, out var ids) && ids.Contains(fragment), $"{Path.GetFileName(page)}: {href} names no id");
            }
        }
        Assert.True(links > 500, $"only {links} links walked");
    }

    [Fact]
    public void The_whole_site_is_under_one_and_a_half_megabytes_and_its_fonts_are_woff2_subsets()
    {
        long total = Directory.GetFiles(Site, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Assert.True(total < 1_500_000, $"the site is {total} bytes");
        var fonts = Directory.GetFiles(Path.Combine(Site, "assets", "fonts")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Literata-Bold.woff2", "Literata-BoldItalic.woff2", "Literata-Italic.woff2", "Literata-Regular.woff2"], fonts.Select(Path.GetFileName));
        foreach (var f in fonts)
        {
            var bytes = File.ReadAllBytes(f);
            Assert.Equal("wOF2", Encoding.ASCII.GetString(bytes, 0, 4));
            Assert.True(bytes.Length < 60_000, $"{Path.GetFileName(f)} is {bytes.Length} bytes: not a subset");
        }
    }

    /// <summary>Each term of chapters/index.yaml with the spellings it gathers.</summary>
    static readonly Dictionary<string, string[]> Variants = System.Text.RegularExpressions.Regex
        .Matches(File.ReadAllText(Path.Combine(RepoPaths.Chapters, "index.yaml")), @"- term: ""(?<t>[^""]+)""\s*\n\s*variants: \[(?<v>[^\]]*)\]")
        .ToDictionary(m => m.Groups["t"].Value, m => System.Text.RegularExpressions.Regex.Matches(m.Groups["v"].Value, @"""([^""]+)""").Select(v => v.Groups[1].Value).ToArray());

    [Fact]
    public void Index_locators_land_on_the_term()
    {
        var index = Pages().Single(p => Load(p).Descendants(X + "section").Any(s => (string?)s.Attribute("role") == "doc-index"));
        int checkedLinks = 0;
        foreach (var li in Load(index).Descendants(X + "ul").Where(u => (string?)u.Attribute("class") == "index").Elements(X + "li"))
        {
            var term = li.Elements(X + "span").First().Value;
            foreach (var a in li.Elements(X + "a"))
            {
                var href = (string)a.Attribute("href")!;
                var (file, id) = (href[..href.IndexOf('#')], href[(href.IndexOf('#') + 1)..]);
                var target = Load(Path.Combine(Site, file.Length == 0 ? Path.GetFileName(index) : file)).Descendants().Single(e => (string?)e.Attribute("id") == id);
                // The locator's target is the marked occurrence: the term or one of its variants (index.yaml), as written.
                var spellings = Variants.GetValueOrDefault(term, []).Append(term).ToList();
                Assert.True(spellings.Contains(target.Value.Trim()), $"index '{term}' → {href} lands on \"{target.Value}\"");
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 50, $"only {checkedLinks} locators");
    }

    [Fact]
    public void Index_locators_are_the_printed_pages_that_name_the_term()
    {
        var pdfPages = PdfProbe.PdfToText(SharedBooklet.Get().Pdf).Split('\f');
        var index = Pages().Single(p => Load(p).Descendants(X + "section").Any(s => (string?)s.Attribute("role") == "doc-index"));
        var entry = Load(index).Descendants(X + "li").Single(li => li.Elements(X + "span").First().Value == "Bagirov, Allahverdi");
        var labels = entry.Elements(X + "a").Select(a => int.Parse(a.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(labels.Count >= 3, $"only {labels.Count} locators");
        Assert.Equal(labels.Order(), labels);
        Assert.Equal(labels.Distinct(), labels);
        foreach (var n in labels)
            Assert.True(pdfPages.Any(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"(^|\n)\s*" + n + @"\s*(\n|$)") && (t.Contains("Bagirov", StringComparison.Ordinal) || t.Contains("Bağırov", StringComparison.Ordinal))),
                $"printed page {n} does not name Bagirov");
    }

    [Fact]
    public void The_printed_page_numbers_in_the_margin_are_the_pages_of_the_pdf()
    {
        var text = PdfProbe.PdfToText(SharedBooklet.Get().Pdf).Split('\f');
        int checkedMarks = 0;
        foreach (var page in Pages())
            foreach (var folio in Load(page).Descendants(X + "span").Where(s => (string?)s.Attribute("class") == "folio"))
            {
                // The mark stands before the heading that starts the printed page.
                if (folio.ElementsAfterSelf().FirstOrDefault() is not { } next || !next.Name.LocalName.StartsWith('h') || next.Name.LocalName == "header") continue;
                var label = folio.Value["p.\u00a0".Length..];
                if (!int.TryParse(label, out int n)) continue;
                var heading = next.Elements().LastOrDefault()?.Value ?? next.Value;
                int pdfIndex = Array.FindIndex(text, t => System.Text.RegularExpressions.Regex.IsMatch(t, @"(^|\n)\s*" + n + @"\s*(\n|$)") && t.Contains(heading.Split(' ', '\u00A0', '\u202F')[0], StringComparison.Ordinal));
                Assert.True(pdfIndex >= 0, $"print page {n} should show \"{heading}\" ({Path.GetFileName(page)})");
                checkedMarks++;
            }
        Assert.True(checkedMarks >= 10, $"only {checkedMarks} marks checked");
    }

    [Theory]
    [InlineData("Bağırov", "bagirov")]
    [InlineData("BAĞIROV", "bagirov")]
    [InlineData("İsmayıl", "ismayil")]
    [InlineData("Şuşa çörək əl Ümid Göy", "susa corek el umid goy")]
    [InlineData("Xocalı", "xocali")]
    public void Search_folding_joins_Azerbaijani_and_Turkish_letters_to_plain_ones(string text, string folded) =>
        Assert.Equal(folded, Folding.Fold(text));

    [Fact]
    public void The_search_index_holds_the_paragraph_under_both_spellings()
    {
        var script = File.ReadAllText(Path.Combine(Site, "assets", "search-index.js"));
        Assert.StartsWith("window.bookSearch = ", script);
        using var json = System.Text.Json.JsonDocument.Parse(script["window.bookSearch = ".Length..].TrimEnd().TrimEnd(';'));
        var words = json.RootElement.GetProperty("words");
        var blocks = words.GetProperty("bagirov").EnumerateArray().Select(b => b.GetInt32()).ToList();
        var texts = blocks.Select(b => json.RootElement.GetProperty("blocks")[b][2].GetString()!).ToList();
        Assert.Contains(texts, t => t.Contains("Bağırov", StringComparison.Ordinal) && t.Contains("Bagirov", StringComparison.Ordinal));
        Assert.False(words.TryGetProperty("bağırov", out _), "words are stored folded");
    }

    [Fact]
    public void Two_builds_write_the_same_bytes()
    {
        byte[] Build()
        {
            var result = Publication.Build(RepoPaths.Chapters, new BuildOptions { Formats = "html", OutDir = RepoPaths.TempDir("web-det") });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Items));
            return result.Outputs.Single().ToArray();
        }
        Assert.True(Build().AsSpan().SequenceEqual(Build()), "the web edition differs between two builds of the same book");
    }
}
