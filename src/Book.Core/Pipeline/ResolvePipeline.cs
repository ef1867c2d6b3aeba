using Book.Model;

namespace Book.Core.Pipeline;

/// <summary>An ordered, fixed list of resolve stages, built with <see cref="ResolvePipelineBuilder"/> (as Markdig builds its pipeline).</summary>
public sealed class ResolvePipeline
{
    internal ResolvePipeline(IReadOnlyList<IResolveStage> stages) => Stages = stages;

    public IReadOnlyList<IResolveStage> Stages { get; }

    /// <summary>Starts the stages' preparations (<see cref="IResolveStage.Prepare"/>) in the background.</summary>
    public void Prepare(ResolveContext context) => context.BeginPreparing(Stages);

    public BookDocument Run(BookDocument book, ResolveContext context)
    {
        foreach (var stage in Stages) book = stage.Apply(book, context);
        return book;
    }
}

/// <summary>Collects stages in the order they must run; <see cref="Build"/> freezes them.</summary>
public sealed class ResolvePipelineBuilder
{
    readonly List<IResolveStage> _stages = new();

    public ResolvePipelineBuilder Use(IResolveStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    public ResolvePipeline Build() => new(_stages.ToArray());
}
