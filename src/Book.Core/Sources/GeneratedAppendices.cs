using Book.Model;

namespace Book.Core.Sources;

/// <summary>The appendices the build makes from data: the name book.yaml asks for each by, and its title.</summary>
public static class GeneratedAppendices
{
    public static IReadOnlyList<GeneratedAppendix> All { get; } = Enum.GetValues<GeneratedAppendix>();

    /// <summary>"chronology", "bibliography", "index": as listed under appendices in book.yaml (and the division's id).</summary>
    public static string Name(GeneratedAppendix kind) => kind switch
    {
        GeneratedAppendix.Chronology => "chronology",
        GeneratedAppendix.Bibliography => "bibliography",
        _ => "index",
    };

    /// <summary>Its title in the book's language ("Chronology", "Xronologiya").</summary>
    public static string Title(GeneratedAppendix kind, Locale locale) => locale.TitleOf(kind);

    /// <summary>The appendix a book.yaml name asks for; null when it names none.</summary>
    public static GeneratedAppendix? Parse(string name)
    {
        foreach (var kind in All)
            if (Name(kind) == name) return kind;
        return null;
    }
}
