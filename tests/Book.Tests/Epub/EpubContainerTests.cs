using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Book.Epub;
using static Book.Tests.Epub.EpubFixture;

namespace Book.Tests.Epub;

public class EpubContainerTests
{
    [Fact]
    public void Mimetype_is_the_first_entry_stored_without_extra_field()
    {
        var epub = Write(TestBook.Build(), FullOptions());
        var head = epub.AsSpan();
        Assert.Equal(0x04034b50u, BinaryPrimitives.ReadUInt32LittleEndian(head));
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(head[8..]));    // method: stored
        Assert.Equal(8, BinaryPrimitives.ReadUInt16LittleEndian(head[26..]));   // name length
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(head[28..]));   // extra field length
        Assert.Equal("mimetypeapplication/epub+zip", Encoding.ASCII.GetString(head.Slice(30, 28)));

        using var zip = new ZipArchive(new MemoryStream(epub), ZipArchiveMode.Read);
        Assert.Equal("mimetype", zip.Entries[0].FullName);
        Assert.Equal(zip.Entries[0].Length, zip.Entries[0].CompressedLength);
        Assert.Equal("META-INF/container.xml", zip.Entries[1].FullName);
    }

    [Fact]
    public void Two_writes_give_identical_bytes_under_any_culture()
    {
        var first = Write(TestBook.Build(), FullOptions());
        var saved = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "tr-TR", "ar-SA", "de-DE" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                Assert.Equal(first, Write(TestBook.Build(), FullOptions()));
            }
        }
        finally { CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = saved; }
    }

    [Fact]
    public void Every_entry_carries_the_edition_date()
    {
        using var zip = new ZipArchive(new MemoryStream(Write(TestBook.Build(), new EpubOptions())), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2026, 2, 26), e.LastWriteTime.DateTime));

        var undated = TestBook.Build() with { Meta = TestBook.Build().Meta with { Date = null } };
        using var zip2 = new ZipArchive(new MemoryStream(Write(undated, new EpubOptions())), ZipArchiveMode.Read);
        Assert.All(zip2.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Manifest_lists_every_file_with_its_media_type_and_the_spine_follows_the_book()
    {
        var epub = Write(TestBook.Build(), FullOptions());
        var entries = Entries(epub);
        var container = XDocument.Load(new MemoryStream(entries["META-INF/container.xml"]));
        Assert.Equal("EPUB/package.opf", container.Descendants().Single(e => e.Name.LocalName == "rootfile").Attribute("full-path")!.Value);

        var opf = Package(epub);
        var items = opf.Descendants(Opf + "item").ToDictionary(i => i.Attribute("id")!.Value);
        var hrefs = items.Values.Select(i => "EPUB/" + i.Attribute("href")!.Value).ToHashSet();
        var files = entries.Keys.Where(k => k.StartsWith("EPUB/", StringComparison.Ordinal) && k != "EPUB/package.opf").ToHashSet();
        Assert.Equal(files.Order(StringComparer.Ordinal), hrefs.Order(StringComparer.Ordinal));

        foreach (var i in items.Values)
        {
            var href = i.Attribute("href")!.Value;
            var expected = href.EndsWith(".xhtml") ? "application/xhtml+xml" : href.EndsWith(".css") ? "text/css" : "font/ttf";
            Assert.Equal(expected, i.Attribute("media-type")!.Value);
        }
        Assert.Equal("nav", items["nav"].Attribute("properties")!.Value);
        Assert.Contains(items.Values, i => i.Attribute("properties")?.Value == "svg" && i.Attribute("href")!.Value.Contains("second"));

        var spine = opf.Descendants(Opf + "itemref").Select(r => items[r.Attribute("idref")!.Value].Attribute("href")!.Value).ToList();
        Assert.Equal(
            ["01-title-page.xhtml", "02-sec-colophon.xhtml", "03-d-dedication.xhtml", "nav.xhtml", "04-sec-reader-note.xhtml",
             "05-sec-first.xhtml", "06-sec-second.xhtml", "07-sec-third.xhtml", "08-chronology.xhtml", "09-bibliography.xhtml", "10-index.xhtml"],
            spine);
        Assert.Equal(4, entries.Keys.Count(k => k.StartsWith("EPUB/fonts/", StringComparison.Ordinal) && k.EndsWith(".ttf")));
    }

    [Fact]
    public void Without_a_contents_division_the_nav_stays_out_of_the_spine()
    {
        var book = TestBook.Build();
        book = book with { Divisions = book.Divisions.Where(d => d.Kind != Book.Model.DivisionKind.Contents).ToList() };
        var opf = Package(Write(book, new EpubOptions()));
        var nav = opf.Descendants(Opf + "item").Single(i => i.Attribute("properties")?.Value == "nav");
        Assert.Equal("nav.xhtml", nav.Attribute("href")!.Value);
        Assert.DoesNotContain(opf.Descendants(Opf + "itemref"), r => r.Attribute("idref")!.Value == nav.Attribute("id")!.Value);
        Assert.Equal(10, opf.Descendants(Opf + "itemref").Count());
    }

    [Fact]
    public void Metadata_is_deterministic_and_declares_accessibility()
    {
        var book = TestBook.Build();
        var opf = Package(Write(book, FullOptions()));
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        var id = opf.Descendants(dc + "identifier").Single().Value;
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id);
        Assert.Equal(id, Package(Write(book, new EpubOptions())).Descendants(dc + "identifier").Single().Value);
        var other = book with { Meta = book.Meta with { Slug = "another-book" } };
        Assert.NotEqual(id, Package(Write(other, new EpubOptions())).Descendants(dc + "identifier").Single().Value);
        var given = book with { Meta = book.Meta with { Identifier = "urn:isbn:9780000000002" } };
        Assert.Equal("urn:isbn:9780000000002", Package(Write(given, new EpubOptions())).Descendants(dc + "identifier").Single().Value);

        Assert.Equal("A Test Book & Its <Notes>", opf.Descendants(dc + "title").First().Value);
        Assert.Equal(["Ada Editor", "Bo Second"], opf.Descendants(dc + "creator").Select(c => c.Value));
        Assert.Equal("en", opf.Descendants(dc + "language").Single().Value);

        string[] Values(XDocument d, string property) =>
            d.Descendants(Opf + "meta").Where(m => m.Attribute("property")?.Value == property).Select(m => m.Value).ToArray();
        Assert.Equal(["2026-02-26T00:00:00Z"], Values(opf, "dcterms:modified"));
        Assert.Equal(["textual"], Values(opf, "schema:accessMode"));
        Assert.Equal(["textual"], Values(opf, "schema:accessModeSufficient"));
        Assert.Equal(["none"], Values(opf, "schema:accessibilityHazard"));
        Assert.Single(Values(opf, "schema:accessibilitySummary"));
        var features = Values(opf, "schema:accessibilityFeature");
        foreach (var f in new[] { "structuralNavigation", "tableOfContents", "readingOrder", "alternativeText", "pageNavigation" })
            Assert.Contains(f, features);
        Assert.DoesNotContain("pageNavigation", Values(Package(Write(book, new EpubOptions())), "schema:accessibilityFeature"));
    }

    [Fact]
    public void Stylesheet_declares_the_fonts_and_leaves_sizes_to_the_reader()
    {
        var css = Encoding.UTF8.GetString(Entries(Write(TestBook.Build(), FullOptions()))["EPUB/styles/book.css"]);
        Assert.Contains("src: url(\"../fonts/Literata-Regular.ttf\")", css);
        Assert.Contains("src: url(\"../fonts/Literata-BoldItalic.ttf\")", css);
        Assert.Contains("body { font-family: \"Literata\", serif; }", css);
        Assert.Contains("hyphens: auto", css);
        Assert.Contains("text-align: justify", css);
        Assert.DoesNotMatch(@"font-size:\s*[\d.]+(px|pt)", css);
    }
}
