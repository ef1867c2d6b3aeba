using Book.Pages;

namespace Book.Images;

/// <summary>
/// A picture file as read once per build: the <see cref="Picture"/> layout places, and what the
/// e-book needs to carry the file itself.
/// </summary>
public sealed class DecodedPicture
{
    /// <summary>image/jpeg, image/png or image/svg+xml: what the e-book's manifest says.</summary>
    public required string MediaType { get; init; }
    public required Picture Content { get; init; }
    /// <summary>What the reader should know but need not stop for (an SVG feature drawn approximately or left out).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>A picture file that cannot be used: the message says what was found ("not a PNG, JPEG or SVG file").</summary>
public sealed class PictureFormatException(string message) : Exception(message);
