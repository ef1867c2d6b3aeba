using Book.Model;

namespace Book.Core.Pipeline;

/// <summary>
/// Numbers every division's notes 1..n in the order their marks are read, the one place note numbers
/// are given (the parser and the citations leave them 0). A note is numbered at its first mark and
/// the marks inside it after it; a mark whose note is missing still takes a number; notes no mark
/// points to come last. The division's notes are listed in number order. Runs last: citations add notes.
/// </summary>
public sealed class NoteNumberingStage : IResolveStage
{
    public BookDocument Apply(BookDocument book, ResolveContext context) => Number(book);

    public static BookDocument Number(BookDocument book) => new Numberer().Rewrite(book);

    sealed class Numberer : ModelRewriter
    {
        Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

        public override Division VisitDivision(Division d)
        {
            _numbers = new(StringComparer.Ordinal);
            var visited = base.VisitDivision(d);
            return visited with { Notes = visited.Notes.DistinctBy(n => n.Id, StringComparer.Ordinal).OrderBy(n => n.Number).ToList() };
        }

        // A mark in a chapter title is the first the reader meets.
        public override IReadOnlyList<Inline> VisitTitle(IReadOnlyList<Inline> title) => VisitInlines(title);

        public override Note VisitNote(Note n)
        {
            int number = Next(n.Id); // before its content: marks inside a note come after it
            return n with { Number = number, Blocks = VisitBlocks(n.Blocks) };
        }

        public override Inline VisitNoteRef(NoteRef r)
        {
            VisitNoteAt(r.NoteId);
            return r with { Number = _numbers.TryGetValue(r.NoteId, out var n) ? n : Next(r.NoteId) };
        }

        int Next(string id) => _numbers[id] = _numbers.Count + 1;

        // Generated entries hold no marks.
        public override Block VisitIndexEntry(IndexEntry e) => e;
        public override Block VisitBibliographyEntry(BibliographyEntry e) => e;
    }
}
