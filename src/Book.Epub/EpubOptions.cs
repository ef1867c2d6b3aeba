namespace Book.Epub;

/// <summary>A font file to embed and declare with @font-face. <see cref="Style"/> is "normal" or "italic".</summary>
public sealed record EpubFont(string FileName, byte[] Data, string Style = "normal", int Weight = 400)
{
    /// <summary>The four Literata files bundled in Book.Fonts (regular, italic, bold, bold italic).</summary>
    public static IReadOnlyList<EpubFont> BundledLiterata() =>
    [
        Bundled("Literata-Regular.ttf", "normal", 400),
        Bundled("Literata-Italic.ttf", "italic", 400),
        Bundled("Literata-Bold.ttf", "normal", 700),
        Bundled("Literata-BoldItalic.ttf", "italic", 700),
    ];

    static EpubFont Bundled(string file, string style, int weight)
    {
        using var s = typeof(Book.Fonts.OpenTypeFont).Assembly.GetManifestResourceStream("fonts/" + file)
            ?? throw new InvalidOperationException($"bundled font 'fonts/{file}' is missing from Book.Fonts");
        var ms = new MemoryStream();
        s.CopyTo(ms);
        return new EpubFont(file, ms.ToArray(), style, weight);
    }
}

/// <summary>
/// A printed page that starts at a place in the book, from the PDF layout. <see cref="AnchorId"/>
/// is a model id (heading, table, figure, index term…) inside division <see cref="DivisionId"/>,
/// or null when the page starts with the division itself. The marker goes just before that element.
/// </summary>
public sealed record PageBreak(string DivisionId, string? AnchorId, string Label);

public sealed class EpubOptions
{
    /// <summary>Fonts to embed; an empty list embeds none and the CSS falls back to the reader's serif.</summary>
    public IReadOnlyList<EpubFont> Fonts { get; init; } = [];

    /// <summary>The family name the @font-face rules declare for <see cref="Fonts"/>.</summary>
    public string FontFamily { get; init; } = "Literata";

    /// <summary>
    /// The monospaced face for code and TeX source, called only when the book has some (a book without
    /// code gets neither the file nor its CSS); null leaves code in the reader's monospace.
    /// </summary>
    public Func<EpubFont>? CodeFont { get; init; }

    /// <summary>The family name the code face's @font-face declares.</summary>
    public string CodeFontFamily { get; init; } = "IBM Plex Mono";

    /// <summary>Page-start markers, in book order; when present the nav gets a page-list.</summary>
    public IReadOnlyList<PageBreak> PageBreaks { get; init; } = [];

    /// <summary>Anchor id → printed page label, for index locators and page references.</summary>
    public IReadOnlyDictionary<string, string>? PageLabels { get; init; }

    /// <summary>
    /// The timestamp of dcterms:modified and of the zip entries; null uses the edition date from
    /// book.yaml (1980-01-01 without one). The build passes its one build date here (SOURCE_DATE_EPOCH).
    /// </summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>
    /// Receives problems that do not stop writing (a block type with no e-book rendering); the build
    /// turns them into warning diagnostics. Without it such a problem throws instead of passing silently.
    /// </summary>
    public Action<string>? Warning { get; init; }

    /// <summary>The pictures the book places, by path as written in the Markdown; each goes into the e-book once.</summary>
    public IReadOnlyDictionary<string, EpubPicture> Pictures { get; init; } = new Dictionary<string, EpubPicture>();

    PictureFiles? _pictureFiles;
    /// <summary>Where each picture goes in the e-book, worked out once per book.</summary>
    internal PictureFiles PictureFiles => _pictureFiles ??= new PictureFiles(Pictures);

    /// <summary>The front cover's picture file (book.yaml <c>cover: { front: … }</c>); null for a typographic cover or none.</summary>
    public EpubPicture? CoverPicture { get; init; }

    /// <summary>Options with the bundled Literata family embedded.</summary>
    public static EpubOptions WithBundledFonts() => new() { Fonts = EpubFont.BundledLiterata() };
}
