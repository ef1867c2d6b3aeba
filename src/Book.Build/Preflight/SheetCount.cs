using Book.Model;

namespace Book.Build.Preflight;

/// <summary>A saddle-stitched booklet is made of folded sheets of four pages each; any other count leaves blank pages the printer will ask about.</summary>
static class SheetCount
{
    public static void Check(int pages, PreflightChoices choices, string manifestFile, DiagnosticBag diags)
    {
        int blanks = (4 - pages % 4) % 4;
        if (blanks == 0 || choices.BlankPagesAllowed) return;
        diags.Warning(new SourceSpan(manifestFile, 1, 1),
            $"the booklet has {pages} pages, not a multiple of four: the print edition adds {blanks} blank page{(blanks == 1 ? "" : "s")} to fill its last sheet; " +
            $"add or cut {blanks} page{(blanks == 1 ? "" : "s")}, or write print: {{ blank-pages: allowed }} in book.yaml if the blanks are meant");
    }
}
