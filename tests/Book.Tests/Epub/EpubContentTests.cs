using System.Xml.Linq;
using Book.Model;
using Book.Epub;
using static Book.Tests.Epub.EpubFixture;

namespace Book.Tests.Epub;

using Text = Book.Model.Text;

public class EpubContentTests
{
    static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    static XElement Body(Dictionary<string, XDocument> docs, string file) => docs[file].Root!.Element(X + "body")!;

    static XElement Prev(XElement e) => e.ElementsBeforeSelf().Last();

    static string Id(XElement e) => e.Attribute("id")?.Value ?? "";

    [Fact]
    public void Every_noteref_reaches_its_aside_and_every_aside_links_back()
    {
        var docs = Documents(Write(TestBook.Build(), FullOptions()));
        int refs = 0;
        foreach (var (name, doc) in docs)
        {
            var ids = doc.Descendants().Where(e => e.Attribute("id") is not null).ToDictionary(Id);
            foreach (var a in doc.Descendants(X + "a").Where(a => a.Attribute(Ops + "type")?.Value == "noteref"))
            {
                refs++;
                Assert.Equal("doc-noteref", a.Attribute("role")?.Value);
                Assert.Equal("sup", a.Parent!.Name.LocalName);
                var href = a.Attribute("href")!.Value;
                Assert.StartsWith("#", href);
                var aside = ids[href[1..]];
                Assert.Equal("aside", aside.Name.LocalName);
                Assert.Equal("footnote", aside.Attribute(Ops + "type")?.Value);
                Assert.Equal("doc-footnote", aside.Attribute("role")?.Value);
                Assert.Equal(a.Value, aside.Descendants(X + "span").First(s => s.Attribute("class")?.Value == "note-number").Value);

                var back = aside.Descendants(X + "a").Single(b => b.Attribute("role")?.Value == "doc-backlink");
                var firstRef = ids[back.Attribute("href")!.Value[1..]];
                Assert.Equal(href, firstRef.Attribute("href")!.Value);
            }
        }
        Assert.Equal(6, refs);   // five notes (one in the chronology), one of them referenced twice

        var first = Body(docs, "05-sec-first.xhtml");
        var refIds = first.Descendants(X + "a").Where(a => a.Attribute(Ops + "type")?.Value == "noteref").Select(Id).ToList();
        Assert.Equal(refIds.Count, refIds.Distinct().Count());
        // Notes come at the end of the division's file, after the text.
        Assert.Equal("footnotes", first.Element(X + "section")!.Elements().Last().Attribute("class")?.Value);
    }

    [Fact]
    public void Every_internal_link_resolves_to_an_id_in_its_file()
    {
        var docs = Documents(Write(TestBook.Build(), FullOptions()));
        var idsByFile = docs.ToDictionary(d => d.Key, d => d.Value.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToHashSet());
        int checkedLinks = 0;
        foreach (var (name, doc) in docs)
            foreach (var a in doc.Descendants(X + "a"))
            {
                var href = a.Attribute("href")?.Value;
                Assert.NotNull(href);
                if (href.StartsWith("http", StringComparison.Ordinal)) continue;
                var hash = href.IndexOf('#');
                var file = hash < 0 ? href : hash == 0 ? name : href[..hash];
                Assert.True(idsByFile.ContainsKey(file), $"{name}: link to missing file {href}");
                if (hash >= 0) Assert.True(idsByFile[file].Contains(href[(hash + 1)..]), $"{name}: link to missing id {href}");
                checkedLinks++;
            }
        Assert.True(checkedLinks > 40);

        var first = Body(docs, "05-sec-first.xhtml");
        var links = first.Descendants(X + "a").Where(a => a.Attribute(Ops + "type") is null).Select(a => (a.Value, a.Attribute("href")!.Value)).ToList();
        Assert.Contains(("Table 1.1", "#tbl-people"), links);
        Assert.Contains(("Figure 2.1", "06-sec-second.xhtml#fig-bars"), links);
    }

    [Fact]
    public void A_link_to_an_unknown_id_keeps_its_text_without_a_link()
    {
        var book = TestBook.Build();
        var ch = book.Divisions.First(d => d.Id == "sec:third");
        var broken = ch with { Blocks = [.. ch.Blocks, new Paragraph([new Link([new Text("nowhere")], "#no-such-id")])] };
        book = book with { Divisions = book.Divisions.Select(d => d == ch ? broken : d).ToList() };
        var body = Body(Documents(Write(book, new EpubOptions())), "07-sec-third.xhtml");
        var p = body.Descendants(X + "p").Last(p => p.Value == "nowhere");
        Assert.Empty(p.Elements(X + "a"));
    }

    [Fact]
    public void Nav_lists_every_division_with_numbers_sections_and_landmarks()
    {
        var book = TestBook.Build();
        var nav = Documents(Write(book, new EpubOptions()))["nav.xhtml"];
        var toc = nav.Descendants(X + "nav").Single(n => n.Attribute(Ops + "type")?.Value == "toc");
        var top = toc.Element(X + "ol")!.Elements(X + "li").Select(li => li.Element(X + "a")!.Value).ToList();
        Assert.Equal(["Colophon", "Dedication", "A note to the reader", "1. The first chapter", "2. The second chapter",
                      "3. The third chapter", "Chronology", "Bibliography", "Index"], top);
        foreach (var chapter in book.Divisions.Where(d => d.Kind == DivisionKind.Chapter))
            Assert.Contains(chapter.Number + ". " + chapter.TitleText, top);
        var sections = toc.Descendants(X + "ol").Skip(1).SelectMany(o => o.Elements(X + "li")).Select(li => (li.Value, li.Element(X + "a")!.Attribute("href")!.Value)).ToList();
        Assert.Equal([("The town", "05-sec-first.xhtml#sec-town"), ("Numbers", "06-sec-second.xhtml#sec-numbers")], sections);

        var landmarks = nav.Descendants(X + "nav").Single(n => n.Attribute(Ops + "type")?.Value == "landmarks");
        Assert.Equal("hidden", landmarks.Attribute("hidden")?.Value);
        var marks = landmarks.Descendants(X + "a").ToDictionary(a => a.Attribute(Ops + "type")!.Value, a => a.Attribute("href")!.Value);
        Assert.Equal("nav.xhtml#toc", marks["toc"]);
        Assert.Equal("05-sec-first.xhtml", marks["bodymatter"]);
        Assert.Equal("09-bibliography.xhtml", marks["bibliography"]);
        Assert.Equal("10-index.xhtml", marks["index"]);

        Assert.DoesNotContain(nav.Descendants(X + "nav"), n => n.Attribute(Ops + "type")?.Value == "page-list");
    }

    [Fact]
    public void Page_list_and_pagebreak_markers_follow_the_page_map()
    {
        var docs = Documents(Write(TestBook.Build(), FullOptions()));
        var pageList = docs["nav.xhtml"].Descendants(X + "nav").Single(n => n.Attribute(Ops + "type")?.Value == "page-list");
        var entries = pageList.Descendants(X + "a").Select(a => (Label: a.Value, Href: a.Attribute("href")!.Value)).ToList();
        Assert.Equal(TestBook.Pages().Select(p => p.Label), entries.Select(e => e.Label));
        foreach (var (label, href) in entries)
        {
            var file = href[..href.IndexOf('#')];
            var marker = docs[file].Descendants().Single(e => Id(e) == href[(href.IndexOf('#') + 1)..]);
            Assert.Equal("pagebreak", marker.Attribute(Ops + "type")?.Value);
            Assert.Equal("doc-pagebreak", marker.Attribute("role")?.Value);
            Assert.Equal(label, marker.Attribute("aria-label")?.Value);
        }

        var first = Body(docs, "05-sec-first.xhtml");
        Assert.Equal("page-2", Id(Prev(first.Descendants(X + "h2").Single(h => Id(h) == "sec-town"))));
        Assert.Equal("page-3", Id(Prev(first.Descendants(X + "table").Single())));
        Assert.Equal("h1", first.Descendants(X + "span").Single(s => Id(s) == "page-1").ElementsAfterSelf().First().Name.LocalName);
        var second = Body(docs, "06-sec-second.xhtml");
        Assert.Equal("page-6", Id(Prev(second.Descendants(X + "span").Single(s => Id(s) == "ix-airport-2"))));
        // The half title has no page of its own: its marker comes first on the title page, in order.
        var title = Body(docs, "01-title-page.xhtml").Descendants(X + "span").Select(Id).ToList();
        Assert.Equal(["page-i", "page-iii"], title);
        // The contents pages are the nav.
        Assert.Equal("page-vii", Id(Prev(docs["nav.xhtml"].Descendants(X + "nav").First())));
    }

    [Fact]
    public void A_page_break_at_an_unknown_anchor_or_division_is_refused()
    {
        var bad = new EpubOptions { PageBreaks = [new PageBreak("sec:first", "no-such-anchor", "4")] };
        Assert.Contains("no-such-anchor", Assert.Throws<ArgumentException>(() => Write(TestBook.Build(), bad)).Message);
        var bad2 = new EpubOptions { PageBreaks = [new PageBreak("no-such-division", null, "4")] };
        Assert.Contains("no-such-division", Assert.Throws<ArgumentException>(() => Write(TestBook.Build(), bad2)).Message);
    }

    [Fact]
    public void Headings_spans_and_text_are_marked_up_and_escaped()
    {
        var docs = Documents(Write(TestBook.Build(), new EpubOptions()));
        var first = docs["05-sec-first.xhtml"];
        Assert.Equal("en", first.Root!.Attribute(XNamespace.Xml + "lang")?.Value);
        var h1 = first.Descendants(X + "h1").Single();
        Assert.Equal("Chapter 1 The first chapter", h1.Value);
        Assert.Equal("chapter", h1.Parent!.Attribute(Ops + "type")?.Value);

        var az = first.Descendants(X + "span").Single(s => s.Value == "Xocalı");
        Assert.Equal("az", az.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.Equal("az", az.Attribute("lang")?.Value);
        var az3 = docs["07-sec-third.xhtml"].Descendants(X + "span").Single(s => s.Value == "Şuşa və Ağdam");
        Assert.Equal(("az", "place"), (az3.Attribute(XNamespace.Xml + "lang")?.Value, az3.Attribute("class")?.Value));

        Assert.Contains(first.Descendants(X + "p"), p => p.Value.EndsWith("Quotes \"x\" < y > z & w.", StringComparison.Ordinal));
        Assert.Equal("3", first.Descendants(X + "ol").Single(o => o.Parent!.Name.LocalName == "section").Attribute("start")?.Value);
        Assert.Single(first.Descendants(X + "hr"));
        Assert.Single(first.Descendants(X + "blockquote").Descendants(X + "br"));

        var titlePage = docs["01-title-page.xhtml"];
        Assert.Equal("A Test Book & Its <Notes>", titlePage.Descendants(X + "h1").Single().Value);
        Assert.Contains(titlePage.Descendants(X + "p"), p => p.Value == "Edited by Ada Editor and Bo Second");
        Assert.Equal("titlepage", titlePage.Descendants(X + "section").Single().Attribute(Ops + "type")?.Value);
    }

    [Fact]
    public void Tables_are_real_tables_with_caption_header_scopes_numeric_cells_and_notes()
    {
        var body = Body(Documents(Write(TestBook.Build(), new EpubOptions())), "05-sec-first.xhtml");
        var table = body.Descendants(X + "table").Single();
        Assert.Equal("tbl-people", Id(table));
        var caption = table.Element(X + "caption")!;
        Assert.Equal("Table 1.1 Population by source", caption.Value);
        Assert.Equal("label", caption.Element(X + "span")!.Attribute("class")?.Value);
        Assert.All(table.Element(X + "thead")!.Descendants(X + "th"), th => Assert.Equal("col", th.Attribute("scope")?.Value));
        var rows = table.Element(X + "tbody")!.Elements(X + "tr").ToList();
        Assert.All(rows, r => Assert.Equal("row", r.Elements().First().Attribute("scope")?.Value));
        Assert.All(rows, r => Assert.Equal("num", r.Elements(X + "td").Single().Attribute("class")?.Value));
        Assert.Equal("4,000*", rows[1].Elements(X + "td").Single().Value);
        var notes = table.ElementsAfterSelf(X + "ul").Single();
        Assert.Equal("table-notes", notes.Attribute("class")?.Value);
        Assert.Equal(["a The first source.", "* Marked values differ."], notes.Elements(X + "li").Select(l => l.Value));
    }

    [Fact]
    public void Bar_chart_is_an_svg_figure_with_text_labels_and_alt_text()
    {
        var body = Body(Documents(Write(TestBook.Build(), new EpubOptions())), "06-sec-second.xhtml");
        var figure = body.Descendants(X + "figure").Single();
        Assert.Equal("fig-bars", Id(figure));
        var svg = figure.Element(Svg + "svg")!;
        Assert.Equal("img", svg.Attribute("role")?.Value);
        var title = svg.Element(Svg + "title")!;
        Assert.Equal("Bar chart: source A gives 613, source B 485.", title.Value);
        Assert.Equal(Id(title), svg.Attribute("aria-labelledby")?.Value);
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Equal(["Source A", "613", "Source B", "485.5"], texts);
        var widths = svg.Descendants(Svg + "rect").Select(r => double.Parse(r.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(widths[0] > widths[1] && widths[1] > 0);
        Assert.StartsWith("Figure 2.1 Counts by source", figure.Element(X + "figcaption")!.Value);
    }

    [Fact]
    public void Appendices_render_chronology_bibliography_and_index()
    {
        var docs = Documents(Write(TestBook.Build(), new EpubOptions()));
        var dl = Body(docs, "08-chronology.xhtml").Descendants(X + "dl").Single();
        Assert.Equal(["20 February 1988", "25–26 February 1992"], dl.Elements(X + "dt").Select(d => d.Value));
        Assert.Equal(2, dl.Elements(X + "dd").Count());

        var bib = Body(docs, "09-bibliography.xhtml");
        Assert.Equal("bibliography", bib.Element(X + "section")!.Attribute(Ops + "type")?.Value);
        Assert.Equal(2, bib.Descendants(X + "ul").Single(u => u.Attribute("class")?.Value == "bibliography").Elements(X + "li").Count());

        var index = Body(docs, "10-index.xhtml").Descendants(X + "ul").Single();
        var airport = index.Elements(X + "li").First();
        Assert.Equal("airport, 1, 2, 3", airport.Value);
        Assert.Equal(["05-sec-first.xhtml#ix-airport-1", "06-sec-second.xhtml#ix-airport-2", "07-sec-third.xhtml#ix-airport-3"],
            airport.Elements(X + "a").Select(a => a.Attribute("href")!.Value));
        Assert.Equal("Xocalı, see Khojaly", index.Elements(X + "li").Last().Value);

        // With the page map, locators are the printed pages, and a page ref shows its page.
        var paged = Documents(Write(TestBook.Build(), FullOptions()));
        Assert.Equal("airport, 2, 6, 9", Body(paged, "10-index.xhtml").Descendants(X + "li").First().Value);
        Assert.Contains(Body(paged, "06-sec-second.xhtml").Descendants(X + "p"), p => p.Value.Contains("again (page 2)."));
        Assert.Contains(Body(docs, "06-sec-second.xhtml").Descendants(X + "p"), p => p.Value.Contains("again (page →)."));
    }
}
