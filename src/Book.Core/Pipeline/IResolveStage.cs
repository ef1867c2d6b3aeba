using Book.Core.Sources;
using Book.Model;

namespace Book.Core.Pipeline;

/// <summary>One step of the resolve pipeline: takes the whole book and returns it with one concern resolved.</summary>
public interface IResolveStage
{
    BookDocument Apply(BookDocument book, ResolveContext context);
}

/// <summary>What the stages share: the project, its manifest, the diagnostics, and what earlier stages found.</summary>
public sealed class ResolveContext(ProjectFiles files, Manifest manifest, DiagnosticBag diagnostics)
{
    public ProjectFiles Files { get; } = files;
    public Manifest Manifest { get; } = manifest;
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Every id a cross-reference may name, with its printed label; filled by <see cref="NumberingStage"/>.</summary>
    public Dictionary<string, CrossRefTarget> Targets { get; } = new(StringComparer.Ordinal);
}
