namespace Book.Model;

/// <summary>
/// book.yaml's <c>cover:</c>: what the front and back covers show. The back cover's text is the
/// <see cref="DivisionKind.BackCover"/> division (Markdown, resolved like any other); the front cover is
/// set from the book's metadata. Pictures are named by project path; the build loads them.
/// </summary>
public sealed record CoverDesign
{
    /// <summary>A picture filling the front cover (project path), or null for type alone.</summary>
    public CoverImage? FrontImage { get; init; }
    /// <summary>Title, subtitle, editors and date set on the front (over <see cref="FrontImage"/> when both).</summary>
    public bool FrontText { get; init; } = true;
    /// <summary>A full-bleed background under both covers, as a grey (0 black … 1 white); null leaves the paper.</summary>
    public double? Background { get; init; }
    /// <summary>A picture on the back cover, under its text.</summary>
    public CoverImage? BackImage { get; init; }

    /// <summary>Type on a background darker than middle grey is set white.</summary>
    public double InkGray => Background is < 0.5 ? 1 : 0;
}

/// <summary>A cover picture: where book.yaml names it (for errors), and whether it runs into the bleed
/// (<c>{.bleed}</c>: trimmed to the page edge) or sits inside the margins.</summary>
public sealed record CoverImage(string Path, SourceSpan Span, bool Bleed);
