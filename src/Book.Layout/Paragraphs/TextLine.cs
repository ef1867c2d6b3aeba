using Book.Fonts;
using Book.Pages;
using Book.Layout.Flow;

namespace Book.Layout.Paragraphs;

/// <summary>A piece of a set line: glyphs in one font at an x offset from the line's start, raised by Rise.</summary>
public sealed record LinePiece(OpenTypeFont Font, double Size, double X, double Rise, string Text, PlacedGlyph[] Glyphs, double Width, double Gray)
{
    /// <summary>Overrides the line's structure element (a list label on its item's first line).</summary>
    public StructElement? Tag { get; init; }
    /// <summary>Drawn but not content (a code line's continuation mark): painted as an artifact, never tagged.</summary>
    public bool Artifact { get; init; }
    /// <summary>Struck out: the page gets a rule through the piece, at the font's strikeout height and thickness
    /// for the size and rise the strikeout began at; null when not struck.</summary>
    public StrikeLine? Strike { get; init; }
    /// <summary>What the piece copies as instead of its text (see <see cref="GlyphRun.ActualText"/>); null for its text.</summary>
    public string? ActualText { get; init; }
    /// <summary>The piece's language where it differs from its paragraph's (see <see cref="GlyphRun.Language"/>).</summary>
    public string? Language { get; init; }
}

/// <summary>A link area or anchor on a line, x-relative to the line's start.</summary>
public sealed record LineMark(double X, double Width, string? Uri, AnchorId? Dest, AnchorId? Anchor);

/// <summary>One set line of a paragraph: what the page builder stacks.</summary>
/// <remarks>Most lines have no link, anchor or note (a table's cells have none), and a long table's lines all live
/// until its pages are made: those lists are made with their first item (two empty lists were 64 bytes a line,
/// 21 MB for a 100,000-row table).</remarks>
public sealed class TextLine
{
    private List<LineMark>? _marks;
    private List<string>? _noteIds;

    public List<LinePiece> Pieces { get; } = new();
    /// <summary>Link areas and anchors on the line, left to right as they were set.</summary>
    public IReadOnlyList<LineMark> Marks => (IReadOnlyList<LineMark>?)_marks ?? [];

    public void AddMark(LineMark mark) => (_marks ??= new()).Add(mark);

    /// <summary>Moves mark <paramref name="index"/> to <paramref name="x"/> (a table's figures move their marks each by its own amount).</summary>
    public void MoveMark(int index, double x) => _marks![index] = _marks[index] with { X = x };
    /// <summary>Notes whose marks fall on this line, in order: the page builder places them on its page.</summary>
    public IReadOnlyList<string> NoteIds => (IReadOnlyList<string>?)_noteIds ?? [];

    /// <summary>Adds a note cited on this line, once.</summary>
    public void AddNote(string id)
    {
        _noteIds ??= new List<string>();
        if (!_noteIds.Contains(id)) _noteIds.Add(id);
    }

    public void ClearNotes() => _noteIds?.Clear();
    public double Width { get; set; }
    /// <summary>Baseline-to-baseline distance from the previous line.</summary>
    public double Leading { get; set; }
    public double Ascent { get; set; }
    public double Descent { get; set; }
    /// <summary>True when the line could not be set within tolerance (overfull or very loose).</summary>
    public bool Bad { get; set; }
    public bool EndsWithHyphen { get; set; }
    /// <summary>True when the line ends inside a word that is wider than any line (an emergency break).</summary>
    public bool EmergencyBreak { get; set; }
    /// <summary>Code points the font lacks that this line draws as placeholders, in order of appearance; null when none.</summary>
    public List<int>? Missing { get; private set; }

    public void AddMissing(IEnumerable<int> codePoints)
    {
        Missing ??= new List<int>();
        foreach (var c in codePoints) if (!Missing.Contains(c)) Missing.Add(c);
    }

    /// <summary>The structure element the line belongs to (P, H2, TD…); null for page furniture.</summary>
    public StructElement? Tag { get; set; }

    /// <summary>Marks drawn with the line (a task list's box), x from the line's start and y from its baseline (down); null when none.</summary>
    public List<PageItem>? Drawings { get; set; }

    /// <summary>Moves the line's pieces and marks right by <paramref name="dx"/> (a line taken out of an indented block).</summary>
    public void Shift(double dx)
    {
        for (int i = 0; i < Pieces.Count; i++) Pieces[i] = Pieces[i] with { X = Pieces[i].X + dx };
        if (_marks is { } marks)
            for (int i = 0; i < marks.Count; i++) marks[i] = marks[i] with { X = marks[i].X + dx };
        if (Drawings is not null)
            for (int i = 0; i < Drawings.Count; i++) Drawings[i] = Moved(Drawings[i], dx, 0);
    }

    /// <summary>A drawn mark moved by (<paramref name="dx"/>, <paramref name="dy"/>).</summary>
    public static PageItem Moved(PageItem item, double dx, double dy) => item switch
    {
        Rule r => r with { X1 = r.X1 + dx, X2 = r.X2 + dx, Y1 = r.Y1 + dy, Y2 = r.Y2 + dy },
        FilledRect f => f with { X = f.X + dx, Y = f.Y + dy },
        ImageItem img => img with { X = img.X + dx, Y = img.Y + dy },
        GroupItem g => g with { Transform = g.Transform.Then(Transform.Translate(dx, dy)) },
        var other => other,
    };

    /// <summary>A copy with its own piece, mark, note and missing lists (the pieces themselves are immutable and shared).</summary>
    public TextLine Clone()
    {
        var c = new TextLine { Width = Width, Leading = Leading, Ascent = Ascent, Descent = Descent, Bad = Bad, EndsWithHyphen = EndsWithHyphen,
            EmergencyBreak = EmergencyBreak, Tag = Tag };
        c.Pieces.AddRange(Pieces);
        if (_marks is { Count: > 0 }) c._marks = [.. _marks];
        if (_noteIds is { Count: > 0 }) c._noteIds = [.. _noteIds];
        if (Missing is not null) c.AddMissing(Missing);
        if (Drawings is not null) c.Drawings = [.. Drawings];
        return c;
    }
}
