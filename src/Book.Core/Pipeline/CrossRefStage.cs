using Book.Model;

namespace Book.Core.Pipeline;

/// <summary>Replaces @tbl:/@fig:/@sec: references with their label, linked; an unknown id is an error at its place.</summary>
public sealed class CrossRefStage : IResolveStage
{
    public BookDocument Apply(BookDocument book, ResolveContext context) =>
        new Linker(context.Targets, context.Diagnostics).Rewrite(book);

    sealed class Linker(Dictionary<string, CrossRefTarget> targets, DiagnosticBag diags) : ModelRewriter
    {
        List<string>? _known;

        public override Inline VisitCrossRef(CrossRef r)
        {
            if (targets.TryGetValue(r.TargetId, out var t)) return new Link([new Text(t.Label)], "#" + t.Id);
            var hint = DidYouMean.Closest(r.TargetId, _known ??= targets.Keys.ToList());
            diags.Error(r.Span, $"unknown cross-reference '@{r.TargetId}'" + (hint is null ? "" : $" (did you mean '@{hint}'?)"));
            return new Text("@" + r.TargetId);
        }
    }
}
