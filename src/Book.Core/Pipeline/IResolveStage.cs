using Book.Core.Sources;
using Book.Model;

namespace Book.Core.Pipeline;

/// <summary>One step of the resolve pipeline: takes the whole book and returns it with one concern resolved.</summary>
public interface IResolveStage
{
    BookDocument Apply(BookDocument book, ResolveContext context);

    /// <summary>
    /// What the stage can do from the project's files and book.yaml alone, never the chapters (read
    /// the bibliography, the style, chronology.yaml), or null. The loader runs it while the chapters
    /// are parsed; <see cref="Apply"/> takes it back with <see cref="ResolveContext.Prepared"/>.
    /// Its findings go to <paramref name="diags"/>, which reach the build's bag only when the stage
    /// applies: the book's diagnostics stay what they were without the head start.
    /// </summary>
    object? Prepare(ResolveContext context, DiagnosticBag diags) => null;
}
