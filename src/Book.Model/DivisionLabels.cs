namespace Book.Model;

/// <summary>
/// How a numbered division is named to a reader, in the book's language: "Chapter 1", "Appendix A"
/// above its title, and "1. Title", "Appendix A. Title" in the contents, the outline and the e-book's
/// navigation. One place, so the PDF, the e-book and the web edition say the same.
/// </summary>
public static class DivisionLabels
{
    /// <summary>"Chapter 1", "Appendix A" ("Əlavə A", "Приложение A"); null for a division without a number.</summary>
    public static string? Label(Division d, Locale locale) => d.Number is not { Length: > 0 } n ? null : d.Kind switch
    {
        DivisionKind.Chapter => locale.Chapter + " " + n,
        DivisionKind.Appendix => locale.Appendix + " " + n,
        _ => null,
    };

    /// <summary>What a contents entry names before the title: a chapter its number alone (the contents set it in
    /// a column of its own), an appendix "Appendix A", since a letter alone is not read as an appendix's.</summary>
    public static string? EntryPrefix(Division d, Locale locale) =>
        d.Kind == DivisionKind.Appendix ? Label(d, locale) : d.Number is { Length: > 0 } n ? n : null;

    /// <summary>A plain-text entry: "1. Khojaly before 1992", "Appendix A. Chronology", "Bibliography".</summary>
    public static string EntryText(Division d, Locale locale, string title) =>
        EntryPrefix(d, locale) is { } prefix ? prefix + ". " + title : title;
}
