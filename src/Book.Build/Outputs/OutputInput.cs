using Book.Core.Pipeline;
using Book.Core.Sources;
using Book.Model;
using Book.Pages;

namespace Book.Build;

/// <summary>What every output is written from. <see cref="Pages"/> is null when no selected output needs pages.</summary>
/// <param name="Date">the one build date (book.yaml's date, else SOURCE_DATE_EPOCH); null when neither gives one</param>
/// <param name="Warning">a problem that does not stop writing; becomes a warning diagnostic</param>
public sealed record OutputInput(BookDocument Book, PageTree? Pages, BuildSettings Settings, FontFaces Fonts, DateTimeOffset? Date, Action<string> Warning)
{
    /// <summary>The pictures the book places, loaded once for every output.</summary>
    public BookPictures Pictures { get; init; } = BookPictures.Empty;

    /// <summary>The cover pictures, loaded once for every output.</summary>
    public CoverArt Covers { get; init; } = CoverArt.None;

    public PageTree RequirePages() => Pages ?? throw new InvalidOperationException("this output needs the typeset pages");
}
