using System.Text.RegularExpressions;

namespace Book.Tests.CitationsPdf;

using static ProjectKit;

/// <summary>
/// An untitled work in Chicago's notes-bibliography style (issue 24): the expected texts are
/// citeproc-js's for the same items and style. Given no title and a bracketed `genre`, the style
/// prints the description as it is written, sentence-style and without quotation marks, in full and
/// shortened notes and in the bibliography; a bracketed `title` is still a title (quoted, title case).
/// </summary>
public sealed class UntitledWorkPdfTests
{
    const string Sources = """
        - id: untitled
          type: webpage
          genre: "[Untitled article on the anniversary]"
          issued: {date-parts: [[2025, 2]]}
        - id: bracketed
          type: webpage
          title: "[Untitled article on the anniversary]"
          issued: {date-parts: [[2025, 2]]}
        - id: zed
          type: webpage
          title: "Last Things"
          author: [{family: Zed, given: Ann}]
          issued: {date-parts: [[2024]]}
        - id: smith
          type: webpage
          title: "First Things"
          author: [{family: Smith, given: Bo}]
          issued: {date-parts: [[2024]]}
        """;

    const string Chapter = """
        # One

        Described [@untitled]. Titled [@bracketed]. Zed [@zed]. Smith [@smith].

        Described again [@untitled]. Titled again [@bracketed].
        """;

    [Fact]
    public void A_described_untitled_work_prints_its_bracketed_description_unquoted_as_citeproc_js_does()
    {
        var b = BuildProject(new Dictionary<string, string>
        {
            ["book.yaml"] = BookYaml("one.md", "[bibliography]"),
            ["one.md"] = Chapter,
            ["sources.yaml"] = Sources,
        });
        Assert.True(b.Ok, b.Stderr);
        var text = Regex.Replace(b.Text, @"\s+", " ");
        // citeproc-js 1.x, chicago-notes-bibliography.csl, the same six citations.
        Assert.Contains("1 [Untitled article on the anniversary], February 2025.", text);
        Assert.Contains("2 “[Untitled Article on the Anniversary],” February 2025.", text);
        Assert.Contains("5 [Untitled article on the anniversary].", text);
        Assert.Contains("6 “[Untitled Article on the Anniversary].”", text);
        var bib = text[text.LastIndexOf("Bibliography", StringComparison.Ordinal)..];
        // Sorted as citeproc-js sorts them: brackets and quotation marks are not letters, so the
        // description files under U, between Smith and Zed.
        Assert.Contains(
            "Smith, Bo. “First Things.” 2024. " +
            "[Untitled article on the anniversary]. February 2025. " +
            "“[Untitled Article on the Anniversary].” February 2025. " +
            "Zed, Ann. “Last Things.” 2024.", bib);
    }
}
