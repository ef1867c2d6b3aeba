using Book.Fonts;

namespace Book.Layout.Styles;

[Flags]
public enum FontFlags { None = 0, Italic = 1, Bold = 2 }

/// <summary>The four faces of the book's family.</summary>
public sealed class FontSet
{
    public required OpenTypeFont Regular { get; init; }
    public required OpenTypeFont Italic { get; init; }
    public required OpenTypeFont Bold { get; init; }
    public required OpenTypeFont BoldItalic { get; init; }

    public static FontSet Bundled() => new()
    {
        Regular = OpenTypeFont.LoadBundled(FontStyle.Regular),
        Italic = OpenTypeFont.LoadBundled(FontStyle.Italic),
        Bold = OpenTypeFont.LoadBundled(FontStyle.Bold),
        BoldItalic = OpenTypeFont.LoadBundled(FontStyle.BoldItalic),
    };

    public OpenTypeFont For(FontFlags f) => f switch
    {
        FontFlags.Italic => Italic,
        FontFlags.Bold => Bold,
        FontFlags.Italic | FontFlags.Bold => BoldItalic,
        _ => Regular,
    };
}
