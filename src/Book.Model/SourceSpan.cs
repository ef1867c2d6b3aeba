namespace Book.Model;

/// <summary>Where something came from, for diagnostics: a project-relative path, 1-based line and column.</summary>
public sealed record SourceSpan(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
