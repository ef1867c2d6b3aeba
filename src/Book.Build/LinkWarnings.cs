using System.Text.RegularExpressions;
using Book.Model;

namespace Book.Build;

/// <summary>
/// Turns the PDF writer's warnings (a link to a place that does not exist, an anchor named twice)
/// into warning diagnostics. The writer knows pages, not sources: the file is found by looking for
/// the link in the book, and the warning has no place when it cannot be found.
/// </summary>
public static partial class LinkWarnings
{
    public static Action<string> Reporter(BookDocument book, DiagnosticBag diags) =>
        message => diags.Warning(Where(book, message), message);

    /// <summary>For an unknown destination, the file of the first division holding a link to it.</summary>
    static SourceSpan? Where(BookDocument book, string message)
    {
        if (Quoted().Match(message) is not { Success: true } m) return null;
        var target = "#" + m.Groups[1].Value;
        foreach (var d in book.Divisions)
        {
            if (d.Span is null) continue;
            // The walker visits every inline (blocks, notes, tables, captions); it is only run when a warning came.
            var finder = new LinkFinder(target);
            finder.VisitDivision(d);
            if (finder.Found) return new SourceSpan(d.Span.File, 0, 0);
        }
        return null;
    }

    sealed class LinkFinder(string target) : ModelWalker
    {
        public bool Found { get; private set; }

        public override void VisitInline(Inline i)
        {
            if (i is Link l && l.Target == target) Found = true;
            base.VisitInline(i);
        }
    }

    [GeneratedRegex("unknown destination '([^']*)'")]
    private static partial Regex Quoted();
}
