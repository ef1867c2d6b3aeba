using Book.Pages;

namespace Book.Layout.Front;

/// <summary>The pictures book.yaml's <c>cover:</c> names, as the build loaded them; null where there is none.</summary>
public sealed record CoverPictures(Picture? Front, Picture? Back)
{
    public static CoverPictures None { get; } = new(null, null);
}
