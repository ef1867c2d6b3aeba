using System.Globalization;
using Book.Model;
using Book.Pages;
using Book.Layout.Styles;

namespace Book.Layout.Paragraphs;

using Text = Book.Model.Text;

/// <summary>
/// Flattens nested model inlines into styled runs. Emphasis inside italic turns roman again,
/// as books do; note marks become raised, smaller runs linked to their note.
/// </summary>
public sealed class InlineFlattener(Func<string, string?> pageOf)
{
    /// <summary>A picture in the text at the size it is set at for a text size (<see cref="BookStyle.InlinePicture"/>).</summary>
    public Func<PictureRef, double, InlinePicture>? Pictures { get; init; }

    public List<StyledRun> Flatten(IEnumerable<Inline> inlines, FontFlags flags, double size, string? language, double gray = 0)
    {
        var runs = new List<StyledRun>();
        Add(runs, inlines, new State(flags, size, language, null, null, gray, 0, null, false));
        return runs;
    }

    readonly record struct State(FontFlags Flags, double Size, string? Lang, string? Uri, AnchorId? Dest, double Gray, double Rise, StrikeLine? Strike, bool SmallCaps);

    /// <summary>A superscript or subscript is set at this share of its text's size (as the note marks nearly are)…</summary>
    public const double ScriptScale = 0.7;
    /// <summary>…raised by this share of the text's size (about its x-height, so the figure tops near the capitals'), or lowered by this one.</summary>
    public const double SuperRise = 0.34, SubDrop = 0.14;

    void Add(List<StyledRun> runs, IEnumerable<Inline> inlines, State s)
    {
        foreach (var i in inlines)
        {
            switch (i)
            {
                case Text t: Emit(runs, t.Value, s); break;
                case Code c: Emit(runs, c.Value, Code(s)); break;
                // Not typeset: the TeX source as typed, in the code face; display math on a line of its own
                // (a paragraph's own display math is set apart by ParagraphLayouter; this is math nested in a span).
                case TexMath m when m.Display:
                    runs.Add(new StyledRun("\n", s.Flags, s.Size, s.Lang));
                    Emit(runs, "$$" + m.Tex + "$$", Code(s));
                    runs.Add(new StyledRun("\n", s.Flags, s.Size, s.Lang));
                    break;
                case TexMath m: Emit(runs, "$" + m.Tex + "$", Code(s)); break;
                case Emphasis e: Add(runs, e.Content, s with { Flags = s.Flags ^ FontFlags.Italic }); break;
                case Strong st: Add(runs, st.Content, s with { Flags = s.Flags | FontFlags.Bold }); break;
                case Styled st: Add(runs, st.Content, Style(s, st.Style)); break;
                // Print takes no HTML: a line-break tag breaks the line; other tags are left out (the parser said so).
                case RawInline { Format: "html" } raw when RawHtml.IsLineBreak(raw.Text): runs.Add(new StyledRun("\n", s.Flags, s.Size, s.Lang)); break;
                case Link l:
                    if (l.Target.StartsWith('#')) Add(runs, l.Content, s with { Dest = AnchorId.Of(l.Target[1..]) });
                    else Add(runs, l.Content, s with { Uri = l.Target });
                    break;
                case Span sp when sp.Classes.Contains("table-note-mark"):
                    runs.Add(new StyledRun(InlineText.Plain(sp.Content), s.Flags & ~FontFlags.Bold, s.Size * 0.68, s.Lang, Rise: s.Size * 0.33, Gray: s.Gray));
                    break;
                case Span sp: Add(runs, sp.Content, s with { Lang = sp.Language ?? s.Lang }); break;
                case IndexTerm it:
                    runs.Add(new StyledRun("", s.Flags, s.Size, s.Lang, Anchor: AnchorId.Of(it.EntryId)));
                    Add(runs, it.Content, s);
                    break;
                case Target t: runs.Add(new StyledRun("", s.Flags, s.Size, s.Lang, Anchor: AnchorId.Of(t.Id))); break;
                case NoteRef n:
                    // Two marks in a row would read as one number: separate them with a raised comma.
                    if (runs.Count > 0 && runs[^1].NoteId is not null)
                        runs.Add(new StyledRun(",", s.Flags & ~FontFlags.Italic, s.Size * 0.68, null, Rise: s.Size * 0.36, NoBreak: true, Gray: s.Gray) { ActualText = "" });
                    // Copied text brackets the number, so "2024" and note 6 stay apart ("2024[6]", not "20246").
                    var number = n.Number.ToString(CultureInfo.InvariantCulture);
                    runs.Add(new StyledRun(number, s.Flags & ~FontFlags.Italic, s.Size * 0.68, null,
                        LinkDest: AnchorId.Note(n.NoteId), Rise: s.Size * 0.36, Anchor: AnchorId.Mark(n.NoteId), NoteId: n.NoteId, NoBreak: true, Gray: s.Gray) { ActualText = "[" + number + "]" });
                    break;
                case PageRef p: Emit(runs, pageOf(p.TargetId) ?? "?", s with { Dest = AnchorId.Of(p.TargetId) }); break;
                case LineBreak: runs.Add(new StyledRun("\n", s.Flags, s.Size, s.Lang)); break;
                case Image img when Pictures is not null:
                    runs.Add(new StyledRun("", s.Flags, s.Size, s.Lang, s.Uri, s.Dest, NoBreak: true) { Picture = Pictures(img.Picture, s.Size) });
                    break;
                case CrossRef r: Emit(runs, "@" + r.TargetId, s); break;
                case Citation c: Emit(runs, "[" + string.Join("; ", c.Items.Select(x => "@" + x.Key)) + "]", s); break;
            }
        }
    }

    /// <summary>
    /// Code's share of the text size. Plex Mono's x-height (0.516 em) is Literata's (0.507 em), so
    /// matching it would take 0.98; but every character of a monospace is 0.6 em wide, and at full
    /// size code reads louder than the words around it. 0.9 lets it sit in the line, a little lighter.
    /// </summary>
    public const double CodeScale = 0.9;

    static State Code(State s) => s with { Flags = FontFlags.Mono, Size = s.Size * CodeScale };

    static void Emit(List<StyledRun> runs, string text, State s)
    {
        if (text.Length == 0) return;
        var last = runs.Count > 0 ? runs[^1] : null;
        if (last is not null && last.Flags == s.Flags && last.Size == s.Size && last.Language == s.Lang && last.LinkUri == s.Uri
            && last.LinkDest == s.Dest && last.Rise == s.Rise && last.Strike == s.Strike && last.SmallCaps == s.SmallCaps && last.NoteId is null && last.Anchor is null && last.Text != "\n" && last.Gray == s.Gray && last.Picture is null)
            runs[^1] = last with { Text = last.Text + text };
        else
            runs.Add(new StyledRun(text, s.Flags, s.Size, s.Lang, s.Uri, s.Dest, Rise: s.Rise, Gray: s.Gray, Strike: s.Strike, SmallCaps: s.SmallCaps));
    }

    static State Style(State s, InlineStyle style) => style switch
    {
        InlineStyle.Strikeout => s with { Strike = s.Strike ?? new StrikeLine(s.Size, s.Rise) },
        InlineStyle.Superscript => s with { Size = s.Size * ScriptScale, Rise = s.Rise + s.Size * SuperRise },
        InlineStyle.Subscript => s with { Size = s.Size * ScriptScale, Rise = s.Rise - s.Size * SubDrop },
        InlineStyle.SmallCaps => s with { SmallCaps = true },
        _ => s,
    };
}
