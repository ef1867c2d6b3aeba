using Book.Core.Pipeline;
using Book.Core.Sources;

namespace Book.Build;

/// <summary>
/// Everything a build takes from outside the book's sources, as Typst's World does: the project's
/// files, the fonts it may name, and the build date. <see cref="FileSystemHost"/> is the one the
/// command line uses; a test or a server can answer differently without touching the pipeline.
/// </summary>
public interface IBuildHost
{
    /// <summary>The project's files (text and bytes), confined to its folder.</summary>
    ProjectFiles Project(string projectDir);

    /// <summary>The font families a project may name with <c>font: Name</c>, the default first.</summary>
    IReadOnlyList<string> FontFamilies { get; }

    /// <summary>The four faces of a family in <see cref="FontFamilies"/>; null for any other name.</summary>
    FontFaces? Family(string name);

    /// <summary>
    /// The build date when the environment fixes one (SOURCE_DATE_EPOCH, for reproducible builds);
    /// null otherwise. Used only when book.yaml has no <c>date:</c>.
    /// </summary>
    DateTimeOffset? SourceDate { get; }
}
