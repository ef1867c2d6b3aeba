using Book.Epub;

namespace Book.Web;

/// <summary>A face of the book's family for the site: the font file (TrueType) with its CSS style and weight.</summary>
public sealed record WebFont(string Name, Book.Fonts.OpenTypeFont Font, string Style, int Weight);

/// <summary>What the web edition is written from besides the book.</summary>
public sealed class WebOptions
{
    /// <summary>The faces to subset and serve as WOFF2; empty leaves the reader's serif.</summary>
    public IReadOnlyList<WebFont> Fonts { get; init; } = [];

    /// <summary>The family name of <see cref="Fonts"/> in the stylesheet.</summary>
    public string FontFamily { get; init; } = "Literata";

    /// <summary>Where each printed page starts (the PDF of the same build), for the "p. 23 in print" marks.</summary>
    public IReadOnlyList<PageBreak> PageBreaks { get; init; } = [];

    /// <summary>Anchor id → printed page label, for index locators and page references.</summary>
    public IReadOnlyDictionary<string, string>? PageLabels { get; init; }

    /// <summary>The pictures the book places, by path as written in the Markdown.</summary>
    public IReadOnlyDictionary<string, EpubPicture> Pictures { get; init; } = new Dictionary<string, EpubPicture>();

    /// <summary>The front cover's picture file; null for a typographic cover or none.</summary>
    public EpubPicture? CoverPicture { get; init; }

    /// <summary>Problems that do not stop writing (a block with no rendering); the build makes them warnings.</summary>
    public Action<string>? Warning { get; init; }

    /// <summary>The same options for the shared XHTML renderer.</summary>
    internal EpubOptions ForRenderer() => new()
    {
        Fonts = [], FontFamily = FontFamily, PageBreaks = PageBreaks, PageLabels = PageLabels,
        Pictures = Pictures, CoverPicture = CoverPicture, Warning = Warning,
    };
}
