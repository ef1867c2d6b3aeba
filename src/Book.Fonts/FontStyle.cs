namespace Book.Fonts;

/// <summary>The four faces of a bundled family.</summary>
public enum FontStyle
{
    Regular,
    Italic,
    Bold,
    BoldItalic,
}
