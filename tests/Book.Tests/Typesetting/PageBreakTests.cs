using Book.Model;
using Book.Layout.Blocks;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Tests.Typesetting;

using Text = Book.Model.Text;

/// <summary>Page breaks as a typographer requires: no widows, no orphans, no heading left at a page's foot.</summary>
public sealed class PageBreakTests
{
    [Fact]
    public void No_widows_orphans_or_stranded_headings_across_many_random_documents()
    {
        var fonts = FontSet.Bundled();
        var page = new PageSetup(419.53, 595.28, 45, 57, 51, 40);
        var style = new BookStyle(page, 10.5, fonts);
        var setter = new ParagraphSetter(fonts);
        var flattener = new InlineFlattener(_ => "1");
        int pageBreaksInsideParagraphs = 0;
        for (int seed = 0; seed < 40; seed++)
        {
            var rng = new Random(seed);
            var items = new List<VItem>();
            var paragraphOf = new Dictionary<VItem, (int Id, int Index, int Count)>(ReferenceEqualityComparer.Instance);
            var headings = new HashSet<VItem>(ReferenceEqualityComparer.Instance);
            var layout = new BlockLayout(style, setter, flattener, new DiagnosticBag(), "en");
            int pid = 0;
            for (int b = 0; b < 30; b++)
            {
                if (rng.Next(5) == 0)
                {
                    int before = items.Count;
                    items.AddRange(layout.Layout([new Heading(2, null, [new Text("A heading " + b)])]));
                    foreach (var it in items.Skip(before).OfType<LineItem>()) headings.Add(it);
                }
                var lines = layout.Paragraph(items, [new Text(TestProjects.Prose(rng.Next(8, 160), seed * 100 + b))],
                    new BlockContext(0, style.TextWidth, style.BodySize, style.Leading, FontFlags.None, true), Alignment.Justify, style.Indent, null);
                for (int i = 0; i < lines.Count; i++) paragraphOf[lines[i]] = (pid, i, lines.Count);
                pid++;
            }
            var pages = new PageBuilder(style.TextHeight, style.NoteLeading, style.NoteRuleGap, new FootnoteSet()).Build(items);
            Assert.Equal(items.OfType<LineItem>().Count(), pages.Sum(p => p.Body.Count(x => x.Item is LineItem)));
            for (int p = 0; p + 1 < pages.Count; p++)
            {
                var lastLine = pages[p].Body.Select(x => x.Item).OfType<LineItem>().LastOrDefault();
                var firstNext = pages[p + 1].Body.Select(x => x.Item).OfType<LineItem>().FirstOrDefault();
                if (lastLine is null || firstNext is null) continue;
                Assert.False(headings.Contains(lastLine), $"seed {seed}: page {p + 1} ends with a heading");
                if (paragraphOf.TryGetValue(lastLine, out var a) && paragraphOf.TryGetValue(firstNext, out var c) && a.Id == c.Id)
                {
                    pageBreaksInsideParagraphs++;
                    Assert.True(a.Index >= 1, $"seed {seed}: orphan — one line of a paragraph at the foot of page {p + 1}");
                    Assert.True(a.Count - c.Index >= 2, $"seed {seed}: widow — one line of a paragraph at the top of page {p + 2}");
                }
            }
        }
        Assert.True(pageBreaksInsideParagraphs > 10, "too few breaks inside paragraphs to prove anything");
    }
}
