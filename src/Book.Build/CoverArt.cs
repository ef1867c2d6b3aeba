using Book.Core.Sources;
using Book.Images;
using Book.Layout.Front;
using Book.Model;

namespace Book.Build;

/// <summary>
/// The cover pictures book.yaml names, each read and decoded once per build through <see cref="PictureLoader"/>
/// (confined to the project, errors at the name in book.yaml); the layout places them and the e-book carries the files.
/// </summary>
public sealed record CoverArt(DecodedPicture? Front, byte[]? FrontBytes, DecodedPicture? Back)
{
    public static CoverArt None { get; } = new(null, null, null);

    public CoverPictures ForLayout => Front is null && Back is null ? CoverPictures.None : new(Front?.Content, Back?.Content);

    public static CoverArt Load(CoverDesign? design, ProjectFiles files, DiagnosticBag diags)
    {
        if (design is null || design.FrontImage is null && design.BackImage is null) return None;
        DecodedPicture? front = null, back = null;
        byte[]? frontBytes = null;
        if (design.FrontImage is { } f && PictureLoader.Load(files, f.Path, f.Span, diags) is { } fp)
        {
            front = fp;
            // The e-book's cover-image is the file itself, as given (a decoded PNG is samples, not a file); read again, not decoded again.
            frontBytes = files.ReadBytes(f.Path, f.Span, diags);
        }
        if (design.BackImage is { } b) back = PictureLoader.Load(files, b.Path, b.Span, diags);
        return new CoverArt(front, frontBytes, back);
    }
}
