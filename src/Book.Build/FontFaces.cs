using Book.Epub;
using Book.Fonts;
using Book.Layout.Styles;

namespace Book.Build;

/// <summary>
/// One face: the parsed font the layout sets with, and its file for the e-book. The bytes are read
/// only when an EPUB is written (the bundled faces are resources, not yet in memory).
/// </summary>
public sealed record FontFace(string FileName, OpenTypeFont Font, Func<byte[]> Bytes);

/// <summary>
/// The faces a book is set in. <see cref="Embedded"/> are the faces the e-book carries: a project
/// that gives only a regular file gets no synthetic italic file, readers slant it themselves.
/// </summary>
public sealed record FontFaces(string Family, FontFace Regular, FontFace Italic, FontFace Bold, FontFace BoldItalic)
{
    public IReadOnlyList<FontFace> Embedded { get; init; } = [];

    /// <summary>The faces the layout sets with; code takes IBM Plex Mono (<see cref="FontSet.Mono"/>), parsed only if the book has code.</summary>
    public FontSet ForLayout() => new() { Regular = Regular.Font, Italic = Italic.Font, Bold = Bold.Font, BoldItalic = BoldItalic.Font };

    /// <summary>The family name code is declared in, in the e-book's CSS as in the PDF.</summary>
    public const string CodeFamily = "IBM Plex Mono";

    /// <summary>
    /// The code face for the e-book, whatever the text family (a project's own files are text faces).
    /// A function: the e-book writer reads the file only when the book has code.
    /// </summary>
    public static EpubFont CodeForEpub() => new(OpenTypeFont.MonoFileName, Resource(OpenTypeFont.MonoFileName));

    /// <summary>The e-book's @font-face files, each face once, with its CSS style and weight.</summary>
    public IReadOnlyList<EpubFont> ForEpub()
    {
        var fonts = new List<EpubFont>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (face, style, weight) in new[] { (Regular, "normal", 400), (Italic, "italic", 400), (Bold, "normal", 700), (BoldItalic, "italic", 700) })
            if (Embedded.Contains(face) && seen.Add(face.FileName))
                fonts.Add(new EpubFont(face.FileName, face.Bytes(), style, weight));
        return fonts;
    }

    /// <summary>The Literata faces bundled in Book.Fonts: parsed once per process and shared.</summary>
    public static FontFaces BundledLiterata()
    {
        FontFace Face(FontStyle style) => new($"Literata-{style}.ttf", OpenTypeFont.LoadBundled(style), () => Resource($"Literata-{style}.ttf"));
        var (r, i, b, bi) = (Face(FontStyle.Regular), Face(FontStyle.Italic), Face(FontStyle.Bold), Face(FontStyle.BoldItalic));
        return new FontFaces("Literata", r, i, b, bi) { Embedded = [r, i, b, bi] };
    }

    static byte[] Resource(string file)
    {
        using var s = typeof(OpenTypeFont).Assembly.GetManifestResourceStream("fonts/" + file)
            ?? throw new InvalidOperationException($"bundled font 'fonts/{file}' is missing from Book.Fonts");
        var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }
}
