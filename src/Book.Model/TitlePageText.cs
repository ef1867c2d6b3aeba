namespace Book.Model;

/// <summary>Words the title page prints, made once so the PDF and the e-book say the same.</summary>
public static class TitlePageText
{
    /// <summary>"Edited by a", "Edited by a and b", "Edited by a, b and c" (in the book's language); null when the book names no editors.</summary>
    public static string? Editors(BookMetadata meta) => meta.Editors.Count == 0 ? null : meta.Locale.EditedBy(meta.Editors);

    /// <summary>The cover's date line: "26 February 2026 · First edition" (the date as precise as book.yaml gives it,
    /// in the book's language); null with neither.</summary>
    public static string? DateLine(BookMetadata meta)
    {
        var date = Date(meta);
        var parts = new[] { date, meta.Edition }.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        return parts.Count == 0 ? null : string.Join(" \u00B7 ", parts);
    }

    /// <summary>The edition's date in the book's language, as precise as book.yaml gives it ("26 fevral 2026", "fevral 2026"); null without one.</summary>
    public static string? Date(BookMetadata meta)
    {
        var dates = meta.Locale.Dates;
        return meta.Date is { } iso && IsoDate.TryParse(iso, out var d)
            ? iso.Length == 10 ? dates.DayMonthYear(d.Year, d.Month, d.Day) : iso.Length == 7 ? dates.MonthYear(d.Year, d.Month) : dates.Year(d.Year)
            : meta.Date;
    }
}
