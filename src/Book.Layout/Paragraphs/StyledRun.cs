using Book.Pages;
using Book.Layout.Styles;

namespace Book.Layout.Paragraphs;

/// <summary>Text in one style: the unit the paragraph setter measures. Produced from model inlines.</summary>
/// <param name="Strike">struck out: a rule is drawn through it on every line it sets on, at the height of the text the strikeout began in</param>
/// <param name="SmallCaps">its lowercase letters set as small capitals (the font's 'smcp', else smaller capitals)</param>
public sealed record StyledRun(
    string Text,
    FontFlags Flags,
    double Size,
    string? Language,
    string? LinkUri = null,
    AnchorId? LinkDest = null,
    double Rise = 0,
    AnchorId? Anchor = null,
    string? NoteId = null,
    bool NoBreak = false,
    double Gray = 0,
    StrikeLine? Strike = null,
    bool SmallCaps = false)
{
    /// <summary>A picture set in the line as one unbreakable box of its size, standing on the baseline; <see cref="Text"/> is empty.</summary>
    public InlinePicture? Picture { get; init; }
    /// <summary>What the run copies as instead of its text (a note mark's "[6]", so "2024" and note 6 do not copy as "20246"); null for its text.</summary>
    public string? ActualText { get; init; }
}

/// <summary>A picture in running text at the size it is printed: what draws it, with its top left at (0, 0); null when not loaded.</summary>
public sealed record InlinePicture(PageItem? Drawn, double Width, double Height);

/// <summary>
/// Where a strikeout's rule runs: the size and rise of the text the strikeout began in, so a superscript
/// inside a struck phrase is struck by the phrase's one straight rule, not by a rule of its own.
/// </summary>
public readonly record struct StrikeLine(double Size, double Rise);
