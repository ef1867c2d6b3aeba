namespace Book.Model;

/// <summary>Inline content of paragraphs, headings and cells. Styling nests; layout flattens it.</summary>
public abstract record Inline;

public sealed record Text(string Value) : Inline;
public sealed record Emphasis(IReadOnlyList<Inline> Content) : Inline;
public sealed record Strong(IReadOnlyList<Inline> Content) : Inline;
public sealed record Code(string Value) : Inline;
/// <summary>Strikeout, superscript, subscript or small caps around inline content.</summary>
public sealed record Styled(InlineStyle Style, IReadOnlyList<Inline> Content) : Inline;
public enum InlineStyle { Strikeout, Superscript, Subscript, SmallCaps }
/// <summary>TeX math, not typeset: its source is set in the code font (and named by a warning).</summary>
public sealed record TexMath(string Tex, bool Display) : Inline;
/// <summary>Inline text for one output format only (<c>`x`{=html}</c>, inline HTML tags).</summary>
public sealed record RawInline(string Format, string Text) : Inline;
/// <summary>A forced line break inside a paragraph.</summary>
public sealed record LineBreak : Inline;
/// <summary>A link: an external URL, or "#id" for a place in the book.</summary>
public sealed record Link(IReadOnlyList<Inline> Content, string Target) : Inline;
/// <summary>A span with a language (BCP 47, e.g. "az") and/or classes, from [text]{lang=az .class}.</summary>
public sealed record Span(IReadOnlyList<Inline> Content, string? Language, IReadOnlyList<string> Classes) : Inline;
/// <summary>The superscript mark of note <see cref="NoteId"/>; its number is the note's number in its division.</summary>
public sealed record NoteRef(string NoteId, int Number) : Inline;
/// <summary>
/// An unresolved Pandoc citation ([@a, p. 4; @b], [-@a], @a). The citation resolver replaces these
/// with text and NoteRefs before layout; layout never sees one.
/// </summary>
public sealed record Citation(IReadOnlyList<CitationItem> Items, bool Narrative, SourceSpan? Span) : Inline;
public sealed record CitationItem(string Key, string? Prefix, string? Locator, string? Suffix, bool SuppressAuthor);
/// <summary>An unresolved cross-reference (@tbl:x, @fig:x, @sec:x); resolved to Text+Link before layout.</summary>
public sealed record CrossRef(string TargetId, SourceSpan? Span) : Inline;
/// <summary>An index mark: the text it wraps is shown, and the index records its page.</summary>
public sealed record IndexTerm(IReadOnlyList<Inline> Content, string EntryId) : Inline;
/// <summary>A place in the text that links, page references and the contents point to; shows nothing.</summary>
public sealed record Target(string Id) : Inline;
/// <summary>A reference to the page of an anchor, printed as that page's folio (for "→ p. 23", contents).</summary>
public sealed record PageRef(string TargetId) : Inline;
/// <summary>A picture in running text, scaled to the line unless given a size.</summary>
public sealed record Image(string AltText, PictureRef Picture) : Inline;
