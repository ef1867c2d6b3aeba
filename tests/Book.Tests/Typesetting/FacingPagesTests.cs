using Book.Layout.Flow;
using Book.Synthetic;
using Xunit.Abstractions;

namespace Book.Tests.Typesetting;

/// <summary>
/// Pages that line up (issue 20): a chapter page the text runs on from ends on the text block's
/// last baseline, or just above its notes, so facing pages align (TeX's \flushbottom); only a
/// chapter's last page ends where its text does. Judged on generated books with headings, notes,
/// tables, charts, quotes and lists, measured on the typeset page tree (<see cref="PageDepths"/>).
/// </summary>
public sealed class FacingPagesTests(ITestOutputHelper output)
{
    /// <summary>How far from the block's foot a page's last line may end (points): rounding, not a visible step.</summary>
    const double Tolerance = 0.3;

    public static TheoryData<string> Books => new() { "booklet", "synthetic", "notebook", "mixed-1", "mixed-2", "mixed-3" };

    static string Write(string name)
    {
        switch (name)
        {
            case "booklet":
                return RepoPaths.Chapters;
            case "synthetic":
                var dir = RepoPaths.TempDir("synthetic");
                SyntheticBook.Write(dir, 40);
                return dir;
            case "notebook":
                var nb = RepoPaths.TempDir("notebook");
                NoteBook.Write(nb);
                return nb;
            default:
                return MixedBook.Write(int.Parse(name[6..], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [MemberData(nameof(Books))]
    public void Every_page_the_text_runs_on_from_ends_at_the_foot_of_the_text_block(string book)
    {
        var dir = Write(book);
        // BOOK_FACING_KEEP=folder keeps each generated project there, to build and look at.
        if (Environment.GetEnvironmentVariable("BOOK_FACING_KEEP") is { Length: > 0 } keep) Copy(dir, Path.Combine(keep, book));
        var result = PageDepths.Measure(dir);
        var pages = result.Pages;
        foreach (var d in pages) output.WriteLine(d.ToString());
        var text = pages.Where(d => !d.EndsInBox).ToList();
        // A page is left short only before a section heading, and only when the heading, the two lines kept with
        // it and their notes cannot follow on it: spreading more than six lines over a page would open it up
        // further than a reader accepts, while a short page before a new section reads as a pause.
        var forced = text.Where(d => d.BeforeHeading && d.Short > FlushBottom.MaxSlackLines * result.Style.Leading).ToList();
        var ragged = text.Where(d => Math.Abs(d.Short) > Tolerance).Except(forced).ToList();
        output.WriteLine($"{book}: {pages.Count} pages the text runs on from, {text.Count} ending in a line of text, {ragged.Count} not flush, {forced.Count} short before a heading, {pages.Count - text.Count} ending in a table or chart");
        // Enough pages judged that the test can fail: a book of a few pages, or one whose pages all end in boxes, proves nothing.
        Assert.True(text.Count >= 8 && text.Count * 10 >= pages.Count * 8, $"too few pages end in a line of text to judge ({text.Count} of {pages.Count})");
        Assert.True(forced.Count * 20 <= pages.Count, $"{book}: too many short pages before headings ({forced.Count} of {pages.Count})");
        Assert.True(ragged.Count == 0, $"{book}: pages whose text ends above the foot of the block (or of the space above the notes):\n" + string.Join("\n", ragged));
    }

    static void Copy(string from, string to)
    {
        foreach (var f in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target, overwrite: true);
        }
    }
}
