using Book.Fonts;

namespace Book.Layout.Styles;

/// <summary>
/// Which face a run is set in. <see cref="Mono"/> wins over the others: the code face has only a
/// regular, so code in italic or bold text stays upright and regular, as it is typed.
/// </summary>
[Flags]
public enum FontFlags { None = 0, Italic = 1, Bold = 2, Mono = 4 }

/// <summary>The four faces of the book's family, and the monospaced face code is set in.</summary>
public sealed class FontSet
{
    OpenTypeFont? _mono;

    public required OpenTypeFont Regular { get; init; }
    public required OpenTypeFont Italic { get; init; }
    public required OpenTypeFont Bold { get; init; }
    public required OpenTypeFont BoldItalic { get; init; }

    /// <summary>
    /// The code face: IBM Plex Mono whatever the book's family (a project's own fonts are text faces).
    /// Parsed the first time code is set, so a book without code pays nothing for it.
    /// </summary>
    public OpenTypeFont Mono
    {
        get => _mono ??= OpenTypeFont.LoadBundledMono();
        init => _mono = value;
    }

    /// <summary>True for the code face once it is in use (asking never loads it).</summary>
    public bool IsMono(OpenTypeFont font) => _mono is not null && ReferenceEquals(font, _mono);

    public static FontSet Bundled() => new()
    {
        Regular = OpenTypeFont.LoadBundled(FontStyle.Regular),
        Italic = OpenTypeFont.LoadBundled(FontStyle.Italic),
        Bold = OpenTypeFont.LoadBundled(FontStyle.Bold),
        BoldItalic = OpenTypeFont.LoadBundled(FontStyle.BoldItalic),
    };

    public OpenTypeFont For(FontFlags f) => (f & FontFlags.Mono) != 0 ? Mono : f switch
    {
        FontFlags.Italic => Italic,
        FontFlags.Bold => Bold,
        FontFlags.Italic | FontFlags.Bold => BoldItalic,
        _ => Regular,
    };
}
