using Book.Model;

namespace Book.Model;

public enum Severity { Warning, Error }

/// <summary>One compiler-style message: "path:line:col: error: message".</summary>
public sealed record Diagnostic(Severity Severity, string Message, SourceSpan? Span)
{
    public override string ToString()
    {
        var where = Span is null ? "" : Span.Column > 0 ? $"{Span.File}:{Span.Line}:{Span.Column}: "
            : Span.Line > 0 ? $"{Span.File}:{Span.Line}: " : $"{Span.File}: ";
        return $"{where}{(Severity == Severity.Error ? "error" : "warning")}: {Message}";
    }
}

/// <summary>Collects diagnostics from every stage; thread-safe so chapters can be processed in parallel.</summary>
public sealed class DiagnosticBag
{
    readonly List<Diagnostic> _items = new();
    readonly object _gate = new();

    public void Error(SourceSpan? span, string message) => Add(new Diagnostic(Severity.Error, message, span));
    public void Warning(SourceSpan? span, string message) => Add(new Diagnostic(Severity.Warning, message, span));

    public void Add(Diagnostic d) { lock (_gate) _items.Add(d); }

    public bool HasErrors { get { lock (_gate) return _items.Exists(d => d.Severity == Severity.Error); } }

    /// <summary>In a stable order (file, line, column, then arrival) so output never depends on threading.</summary>
    public IReadOnlyList<Diagnostic> Items
    {
        get
        {
            lock (_gate)
                return _items.Select((d, i) => (d, i))
                    .OrderBy(x => x.d.Span?.File ?? "", StringComparer.Ordinal)
                    .ThenBy(x => x.d.Span?.Line ?? 0).ThenBy(x => x.d.Span?.Column ?? 0).ThenBy(x => x.i)
                    .Select(x => x.d).ToList();
        }
    }
}

/// <summary>Thrown to stop a stage on input that cannot be recovered from; carries its diagnostic.</summary>
public sealed class BookInputException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
