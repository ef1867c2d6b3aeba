namespace Book.Model;

/// <summary>Words the title page prints, made once so the PDF and the e-book say the same.</summary>
public static class TitlePageText
{
    /// <summary>"Edited by a", "Edited by a and b", "Edited by a, b and c"; null when the book names no editors.</summary>
    public static string? Editors(BookMetadata meta) => meta.Editors.Count == 0 ? null : "Edited by " + JoinNames(meta.Editors);

    /// <summary>The cover's date line: "26 February 2026 · First edition" (the date as precise as book.yaml gives it); null with neither.</summary>
    public static string? DateLine(BookMetadata meta)
    {
        string? date = meta.Date is { } iso && DateTime.TryParseExact(iso, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var d)
            ? d.ToString(iso.Length == 10 ? "d MMMM yyyy" : iso.Length == 7 ? "MMMM yyyy" : "yyyy", System.Globalization.CultureInfo.InvariantCulture) : meta.Date;
        var parts = new[] { date, meta.Edition }.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        return parts.Count == 0 ? null : string.Join(" \u00B7 ", parts);
    }

    static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
