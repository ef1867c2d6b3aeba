using Book.Pages;
using Book.Layout.Styles;

namespace Book.Layout.Paragraphs;

/// <summary>Text in one style: the unit the paragraph setter measures. Produced from model inlines.</summary>
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
    double Gray = 0);
