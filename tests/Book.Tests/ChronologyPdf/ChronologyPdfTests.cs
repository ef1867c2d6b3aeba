using System.Globalization;
using System.Text.RegularExpressions;

namespace Book.Tests.ChronologyPdf;

using static ProjectKit;

/// <summary>The chronology appendix as printed: sorted, grouped by year, dates by their precision.</summary>
public sealed class ChronologyPdfTests
{
    // Given out of order on purpose; two events share a start (kept in file order).
    const string Events = """
        - date: 1992-02-26T01:00/04:00
          text: "EventSeven in the small hours."
        - date: 1926
          approximate: true
          text: "EventOne, an approximate year."
        - date: 1991-10
          text: "EventFour in a month."
        - date: 1988-02-20
          text: "EventTwo on a day."
        - date: 1992-02-25T23:00
          text: "EventSix at an hour."
        - date: 1991
          text: "EventThree in a year only."
        - date: 1991-10/1992-02
          text: "EventFive over months."
        """;

    static Build BuildChronology() => BuildProject(new Dictionary<string, string>
    {
        ["book.yaml"] = BookYaml("one.md", "[chronology]"),
        ["one.md"] = "# One {#sec:one}\n\nBody text.\n",
        ["chronology.yaml"] = Events,
    });

    [Fact]
    public void Events_come_out_sorted_grouped_by_year_with_dates_by_precision()
    {
        var b = BuildChronology();
        Assert.True(b.Ok, b.Stderr);
        var page = b.PageTexts().Select(t => t).Where(t => t.Contains("Chronology", StringComparison.Ordinal)).ToList();
        var lines = PdfProbe.PdfToText(b.Pdf, layout: true).Split('\n');
        string LineOf(string evt) => Assert.Single(lines, l => l.Contains(evt, StringComparison.Ordinal));

        // Reading order follows the dates.
        var all = PdfProbe.PdfToText(b.Pdf, layout: true);
        var order = new[] { "EventOne", "EventTwo", "EventThree", "EventFour", "EventFive", "EventSix", "EventSeven" }
            .Select(e => all.IndexOf(e, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i >= 0));
        Assert.Equal(order.OrderBy(i => i), order);

        // Each date is printed by its precision, beside its event.
        Assert.Matches(@"^\s*c\. 1926\s+EventOne", LineOf("EventOne"));
        Assert.Matches(@"^\s*20 February 1988\s+EventTwo", LineOf("EventTwo"));
        Assert.Matches(@"^\s*October 1991\s+EventFour", LineOf("EventFour"));
        Assert.Matches(@"^\s*October 1991 –\s+EventFive", LineOf("EventFive"));
        // A date too long for its column continues below, its first line filled as far as it goes.
        Assert.Matches(@"^\s*25 February 1992,\s+EventSix", LineOf("EventSix"));
        Assert.Matches(@"^\s*26 February 1992,\s+EventSeven", LineOf("EventSeven"));
        var afterSix = lines.SkipWhile(l => !l.Contains("EventSix", StringComparison.Ordinal)).Skip(1).First().Trim();
        Assert.Equal("11 p.m.", afterSix);
        var afterSeven = lines.SkipWhile(l => !l.Contains("EventSeven", StringComparison.Ordinal)).Skip(1).First().Trim();
        Assert.Equal("1–4 a.m.", afterSeven);
        // A year-only event shares its line with the year's heading, which takes its empty date column.
        Assert.Matches(@"^\s*1991\s+EventThree", LineOf("EventThree"));

        // One heading per year, in order, each before (or beside) its events.
        var headings = lines.Select(l => Regex.Match(l, @"^\s*(\d{4})(\s*$|\s{2,}Event)")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["1926", "1988", "1991", "1992"], headings);
        Assert.Single(lines, l => Regex.IsMatch(l, @"^\s*1988\s*$"));
        Assert.True(all.IndexOf("EventFive", StringComparison.Ordinal) < Regex.Match(all, @"^\s*1992\s*$", RegexOptions.Multiline).Index);
    }

    // Spans of years (issue 24): the booklet printed "1985–1989" as a heading and "c. 1985–1989" beside the event.
    const string Spans = """
        - date: 1926
          text: "EventA in a year."
        - date: 1985/1989
          approximate: true
          text: "EventB about a span of years."
        - date: 1990/1991
          text: "EventC over two years."
        - date: 1993-11/1994-01
          text: "EventD over months of two years."
        """;

    static string[] ChronologyLines(string language)
    {
        var b = BuildProject(new Dictionary<string, string>
        {
            ["book.yaml"] = $"title: Test Book\nslug: test-book\nlanguage: {language}\nchapters: [one.md]\nappendices: [chronology]\n",
            ["one.md"] = "# One\n\nBody text.\n",
            ["chronology.yaml"] = Spans,
        });
        Assert.True(b.Ok, b.Stderr);
        return PdfProbe.PdfToText(b.Pdf, layout: true).Split('\n');
    }

    [Fact]
    public void A_span_of_years_prints_its_date_once_beside_its_event()
    {
        var lines = ChronologyLines("en");
        string LineOf(string evt) => Assert.Single(lines, l => l.Contains(evt, StringComparison.Ordinal));
        // The heading a span opens is the event's own date, "about" included, set in the date column.
        Assert.Matches(@"^\s*c\. 1985–1989\s+EventB", LineOf("EventB"));
        Assert.Single(lines, l => l.Contains("1985", StringComparison.Ordinal));
        Assert.Matches(@"^\s*1990–1991\s+EventC", LineOf("EventC"));
        Assert.Single(lines, l => l.Contains("1990", StringComparison.Ordinal));
        Assert.Matches(@"^\s*1926\s+EventA", LineOf("EventA"));
        // A span given in months keeps a heading of its years and its full date beside the event.
        Assert.Single(lines, l => Regex.IsMatch(l, @"^\s*1993–1994\s*$"));
        Assert.Matches(@"^\s*November 1993 –\s+EventD", LineOf("EventD"));
    }

    [Fact]
    public void A_span_of_years_is_printed_once_in_russian_too()
    {
        var lines = ChronologyLines("ru");
        // "ок. 1985–1989" once; whether beside the event or, too wide for the date column, above it.
        Assert.Single(lines, l => l.Contains("1985", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("ок.", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("1990", StringComparison.Ordinal));
    }

    [Fact]
    public void An_invalid_date_is_an_error_with_file_and_line()
    {
        var b = BuildProject(new Dictionary<string, string>
        {
            ["book.yaml"] = BookYaml("one.md", "[chronology]"),
            ["one.md"] = "# One\n\nBody text.\n",
            ["chronology.yaml"] = "- date: 1991-10\n  text: \"Fine.\"\n- date: 1991-13-40\n  text: \"Broken.\"\n",
        });
        Assert.Equal(1, b.Result.ExitCode);
        Assert.Matches(@"chronology\.yaml:3:\d+: error: ", b.Stderr);
        Assert.False(File.Exists(b.Pdf));
    }

    [Fact]
    public void The_same_book_gives_the_same_bytes_under_a_turkish_culture()
    {
        var files = new Dictionary<string, string>
        {
            ["book.yaml"] = BookYaml("one.md", "[chronology, index]"),
            ["one.md"] = "# Istanbul and İzmir {#sec:one}\n\nIn İzmir and in Istanbul, Bağırov met ILHAM and Ilham; ıi İI.\n",
            ["chronology.yaml"] = Events,
            ["index.yaml"] = "- term: \"İzmir\"\n  variants: [\"İzmir\"]\n- term: \"Istanbul\"\n  variants: [\"Istanbul\"]\n- term: \"Bagirov\"\n  variants: [\"Bağırov\"]\n",
        };
        var invariant = BuildProject(files);
        Assert.True(invariant.Ok, invariant.Stderr);
        var saved = CultureInfo.CurrentCulture;
        Build turkish;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            turkish = BuildProject(files);
        }
        finally { CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = saved; }
        Assert.True(turkish.Ok, turkish.Stderr);
        Assert.Equal(File.ReadAllBytes(invariant.Pdf), File.ReadAllBytes(turkish.Pdf));
    }
}
