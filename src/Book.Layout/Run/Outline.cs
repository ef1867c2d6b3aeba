using Book.Model;
using Book.Pages;

namespace Book.Layout.Run;

/// <summary>The PDF outline: each listed division with pages, numbered chapters as "N. Title", appendices "Appendix A. Title", its listed level-2 headings beneath.</summary>
static class Outline
{
    public static void Add(PageTree tree, BookDocument book)
    {
        var divisionsWithPages = book.Divisions.Where(d => d.Listed && d.Kind is DivisionKind.Chapter or DivisionKind.Appendix or DivisionKind.FrontMatter or DivisionKind.Contents or DivisionKind.Dedication or DivisionKind.Colophon);
        foreach (var d in divisionsWithPages)
        {
            var children = d.Blocks.OfType<Heading>().Where(h => h.Level == 2 && h.Id is not null && h.Listed)
                .Select(h => new OutlineEntry(InlineText.Plain(h.Content), h.Id!, [])).ToList();
            string title = DivisionLabels.EntryText(d, book.Meta.Locale, d.TitleText);
            tree.Outline.Add(new OutlineEntry(title, d.Id, children));
        }
    }
}
