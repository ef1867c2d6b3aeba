namespace Book.Model;

/// <summary>Words the title page prints, made once so the PDF and the e-book say the same.</summary>
public static class TitlePageText
{
    /// <summary>"Edited by a", "Edited by a and b", "Edited by a, b and c"; null when the book names no editors.</summary>
    public static string? Editors(BookMetadata meta) => meta.Editors.Count == 0 ? null : "Edited by " + JoinNames(meta.Editors);

    static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
