using Book.Epub;

namespace Book.Web;

/// <summary>
/// assets/book.css: the site's @font-face rules, the e-book's stylesheet (tables, charts, chronology,
/// bibliography, index, pictures read the same in both) and the site's own rules after it (page
/// frame, margin notes, search, the print stylesheet), which win where they differ.
/// </summary>
static class SiteStyle
{
    public static string Build(EpubOptions options, string faceRules, string bodyRule, bool hasCode, bool hasCover) =>
        faceRules + Stylesheet.Build(options, hasCode, null, hasCover) + "\n" + bodyRule + Assets.Text("site.css");
}
