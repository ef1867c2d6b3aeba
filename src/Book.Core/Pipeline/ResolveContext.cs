using System.Runtime.ExceptionServices;
using Book.Core.Sources;
using Book.Model;

namespace Book.Core.Pipeline;

/// <summary>What the stages share: the project, its manifest, the diagnostics, and what earlier stages found.</summary>
public sealed class ResolveContext(ProjectFiles files, Manifest manifest, DiagnosticBag diagnostics)
{
    public ProjectFiles Files { get; } = files;
    public Manifest Manifest { get; } = manifest;
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Every id a cross-reference may name, with its printed label; filled by <see cref="NumberingStage"/>.</summary>
    public Dictionary<string, CrossRefTarget> Targets { get; } = new(StringComparer.Ordinal);

    Task<Dictionary<IResolveStage, Preparation>>? _preparing;

    sealed record Preparation(object? Result, DiagnosticBag Diags, ExceptionDispatchInfo? Failure);

    /// <summary>Runs every stage's <see cref="IResolveStage.Prepare"/> on another thread, in stage order.</summary>
    internal void BeginPreparing(IReadOnlyList<IResolveStage> stages) =>
        _preparing ??= Task.Run(() =>
        {
            var done = new Dictionary<IResolveStage, Preparation>(ReferenceEqualityComparer.Instance);
            foreach (var stage in stages)
            {
                var bag = new DiagnosticBag();
                // A failure belongs to its stage: it is thrown where that stage applies, as it would have been.
                try { done[stage] = new Preparation(stage.Prepare(this, bag), bag, null); }
                catch (Exception e) { done[stage] = new Preparation(null, bag, ExceptionDispatchInfo.Capture(e)); }
            }
            return done;
        });

    /// <summary>
    /// What <paramref name="stage"/> prepared, its diagnostics now added to the build's; prepared on
    /// the spot when nothing was begun (a pipeline run without the loader).
    /// </summary>
    public object? Prepared(IResolveStage stage)
    {
        if (_preparing?.GetAwaiter().GetResult() is { } done && done.TryGetValue(stage, out var p))
        {
            foreach (var d in p.Diags.Items) Diagnostics.Add(d);
            p.Failure?.Throw();
            return p.Result;
        }
        return stage.Prepare(this, Diagnostics);
    }

    /// <summary>Waits for the preparations of a build that stops before resolving, so none outlives it.</summary>
    internal void EndPreparing() => _preparing?.Wait();
}
