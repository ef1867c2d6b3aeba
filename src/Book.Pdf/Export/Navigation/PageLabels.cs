using Book.Pages;
using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// The /PageLabels number tree: a new range starts wherever the folio style changes or the
/// numbering does not simply continue, so viewers show "iv" and "17" as printed.
/// </summary>
internal static class PageLabels
{
    public static PdfDictionary? Build(IReadOnlyList<Page> pages)
    {
        if (pages.Count == 0) return null;
        var nums = new PdfArray();
        for (int i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            bool continues = i > 0 && page.Style != FolioStyle.Cover && pages[i - 1].Style == page.Style && pages[i - 1].Number + 1 == page.Number;
            if (continues) continue;
            var label = new PdfDictionary();
            if (page.Style == FolioStyle.Cover)
            {
                // A prefix and no numbering style: the page is labelled by its name alone ("Cover").
                label["P"] = PdfString.Text(page.Label ?? "Cover");
                nums.Add(i).Add(label);
                continue;
            }
            label["S"] = new PdfName(page.Style == FolioStyle.Roman ? "r" : "D");
            label["St"] = Math.Max(1, page.Number); // /St must be ≥ 1
            nums.Add(i).Add(label);
        }
        var tree = new PdfDictionary();
        tree["Nums"] = nums;
        return tree;
    }
}
