using System.Globalization;

namespace Book.Core.Citations;

/// <summary>English dates in Chicago's form ("February 23, 2024"), independent of the machine's culture.</summary>
public static class EnglishDates
{
    static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Format(CslDate d)
    {
        if (d.Literal is not null) return d.Literal;
        var start = Single(d);
        if (d.End is not { } e) return start;
        // A range: "February 23–25, 2024", "February 23–March 2, 2024", "2023–2024".
        if (e.Year == d.Year && e.Month == d.Month && d.Day is not null && e.Day is not null)
            return $"{Months[d.Month!.Value - 1]} {N(d.Day)}–{N(e.Day)}, {N(d.Year)}";
        if (e.Year == d.Year && d.Month is not null && e.Month is not null)
            return $"{Single(d with { Year = null })}–{Single(e)}";
        return $"{start}–{Single(e)}";
    }

    /// <summary>The year alone, as books cite it ("2024"); literal dates are kept whole.</summary>
    public static string Year(CslDate d) =>
        d.Literal ?? (d.End is { Year: { } y2 } && y2 != d.Year ? $"{N(d.Year)}–{N(y2)}" : N(d.Year));

    static string Single(CslDate d)
    {
        var year = d.Year is null ? "" : N(d.Year);
        if (d.Month is not { } m) return year;
        var month = Months[m - 1];
        var tail = year.Length == 0 ? "" : (d.Day is null ? " " : ", ") + year;
        return d.Day is { } day ? $"{month} {N(day)}{tail}" : $"{month}{tail}";
    }

    static string N(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";
}
