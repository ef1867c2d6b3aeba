using Book.Pages;
using Book.Layout.Styles;

namespace Book.Layout.Paragraphs;

/// <summary>Text in one style: the unit the paragraph setter measures. Produced from model inlines.</summary>
/// <param name="Strike">struck out: a rule is drawn through it on every line it sets on</param>
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
    bool Strike = false,
    bool SmallCaps = false);
