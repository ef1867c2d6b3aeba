using System.Globalization;
using System.Text;

namespace Book.Epub;

/// <summary>styles/book.css: @font-face rules for the embedded fonts, then the static rules in book.css.</summary>
static class Stylesheet
{
    /// <summary>
    /// The stylesheet; <paramref name="hasCode"/> adds the rules for code (and the code face's
    /// @font-face when there is one), so a book without code keeps the stylesheet it had.
    /// </summary>
    public static string Build(EpubOptions options, bool hasCode = false, EpubFont? codeFont = null, bool hasCover = false)
    {
        var sb = new StringBuilder();
        var family = options.FontFamily.Replace("\"", "", StringComparison.Ordinal);
        foreach (var f in options.Fonts)
        {
            sb.Append("@font-face {\n")
              .Append("  font-family: \"").Append(family).Append("\";\n")
              .Append("  src: url(\"../fonts/").Append(f.FileName).Append("\");\n")
              .Append("  font-style: ").Append(f.Style).Append(";\n")
              .Append("  font-weight: ").Append(f.Weight.ToString(CultureInfo.InvariantCulture)).Append(";\n")
              .Append("}\n\n");
        }
        sb.Append("body { font-family: ");
        if (options.Fonts.Count > 0) sb.Append('"').Append(family).Append("\", ");
        sb.Append("serif; }\n\n");
        sb.Append(Resource("book.css"));
        if (hasCover) sb.Append(CoverPage.Css);
        if (hasCode)
        {
            var mono = options.CodeFontFamily.Replace("\"", "", StringComparison.Ordinal);
            sb.Append('\n');
            if (codeFont is not null)
                sb.Append("@font-face {\n")
                  .Append("  font-family: \"").Append(mono).Append("\";\n")
                  .Append("  src: url(\"../fonts/").Append(codeFont.FileName).Append("\");\n")
                  .Append("  font-style: normal;\n  font-weight: 400;\n}\n\n");
            sb.Append("code, pre { font-family: ");
            if (codeFont is not null) sb.Append('"').Append(mono).Append("\", ");
            sb.Append("monospace; }\n");
            sb.Append(Resource("code.css"));
        }
        // Likewise the rules for pictures, only in a book that has some.
        if (options.Pictures.Count > 0) sb.Append(Resource("pictures.css"));
        return sb.ToString();
    }

    static string Resource(string name)
    {
        using var s = typeof(Stylesheet).Assembly.GetManifestResourceStream("Book.Epub." + name)
            ?? throw new InvalidOperationException($"{name} is missing from Book.Epub's resources");
        using var r = new StreamReader(s, Encoding.UTF8);
        return r.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
