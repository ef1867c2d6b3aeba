using Book.Layout.Styles;
using Book.Model;
using Book.Pages;

namespace Book.Layout;

/// <summary>
/// What the typesetter takes besides the book: the faces to set it in and the document date. The
/// layout reads no environment; the build decides both (Book.Build: the host's fonts, and the
/// edition date or SOURCE_DATE_EPOCH).
/// </summary>
/// <param name="Date">the PDF's creation and modification date; null writes none</param>
public sealed record TypesetOptions(FontSet Fonts, DateTimeOffset? Date)
{
    /// <summary>The pictures the build loaded, by path as written in the Markdown; null when the book has none
    /// (a figure whose picture is not found is drawn as an empty frame).</summary>
    public Func<string, Picture?>? Pictures { get; init; }

    /// <summary>The cover pictures book.yaml names, loaded by the build; none for a typographic cover.</summary>
    public Front.CoverPictures Covers { get; init; } = Front.CoverPictures.None;

    /// <summary>The bundled Literata and the edition date from book.yaml, for callers without a build host (tests, benchmarks).</summary>
    public static TypesetOptions For(BookDocument book) => new(FontSet.Bundled(), book.Meta.EditionDate);
}
