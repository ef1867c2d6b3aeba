using Book.Core.Pipeline;
using Book.Core.Sources;
using Book.Fonts;
using Book.Model;

namespace Book.Build;

/// <summary>What <c>font:</c> in book.yaml names, found through the host: a family it provides, or font files in the project.</summary>
public static class BookFonts
{
    /// <summary>The faces to set the book in; null (with an error at the key) when they cannot be had.</summary>
    public static FontFaces? Resolve(FontSetting? setting, ProjectFiles files, IBuildHost host, DiagnosticBag diags)
    {
        var families = host.FontFamilies;
        if (setting is null) return host.Family(families[0]);
        if (setting.Family is { } name)
        {
            if (host.Family(name) is { } faces) return faces;
            diags.Error(setting.Span, $"font '{name}' is not available; use {string.Join(" or ", families.Select(f => $"'{f}'"))} (bundled), "
                + "or font files in the project such as font: { regular: fonts/MyFont-Regular.ttf, italic: fonts/MyFont-Italic.ttf, bold: …, bold-italic: … }");
            return null;
        }
        var loaded = new Dictionary<string, FontFace>(StringComparer.Ordinal);
        foreach (var face in FontSetting.Faces)
        {
            if (!setting.Files.TryGetValue(face, out var file)) continue;
            var bytes = files.ReadBytes(file.Path, file.Span, diags);
            if (bytes is null) continue;
            try
            {
                loaded[face] = new FontFace(EpubName(file.Path), OpenTypeFont.Load(bytes), () => bytes);
            }
            catch (FontFormatException e)
            {
                diags.Error(file.Span, $"'{file.Path}' is not a font book can use ({e.Message.TrimEnd('.')}); give a TrueType font (.ttf) such as Literata's");
            }
        }
        if (!loaded.TryGetValue("regular", out var regular)) return null; // the reader or the loop above said why
        if (loaded.Count != setting.Files.Count) return null;
        FontFace Or(string face) => loaded.GetValueOrDefault(face) ?? regular;
        var family = regular.Font.FamilyName is { Length: > 0 } f ? f : "Book";
        return new FontFaces(family, regular, Or("italic"), Or("bold"), Or("bold-italic")) { Embedded = loaded.Values.ToList() };
    }

    /// <summary>The file's name as the e-book may carry it (ASCII letters, digits, '-', '_', '.').</summary>
    static string EpubName(string path)
    {
        var name = Path.GetFileName(path);
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray();
        return chars.Length == 0 ? "font.ttf" : new string(chars);
    }
}
