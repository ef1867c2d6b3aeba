using System.Globalization;
using System.Text;

namespace Book.Epub;

/// <summary>styles/book.css: @font-face rules for the embedded fonts, then the static rules in book.css.</summary>
static class Stylesheet
{
    public static string Build(EpubOptions options)
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
        using var s = typeof(Stylesheet).Assembly.GetManifestResourceStream("Book.Epub.book.css")
            ?? throw new InvalidOperationException("book.css is missing from Book.Epub's resources");
        using var r = new StreamReader(s, Encoding.UTF8);
        sb.Append(r.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal));
        return sb.ToString();
    }
}
