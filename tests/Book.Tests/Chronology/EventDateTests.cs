using Book.Core.Chronology;

namespace Book.Tests.Chronology;

public class EventDateTests
{
    static string F(string date, bool approximate = false)
    {
        var d = EventDate.Parse(date, out var error);
        Assert.True(d is not null, error);
        return DateFormatter.Format(d!, approximate);
    }

    [Theory]
    [InlineData("1926", "1926")]
    [InlineData("1991-10", "October 1991")]
    [InlineData("1988-02-20", "20 February 1988")]
    [InlineData("1992-02-25T23:00", "25 February 1992, 11 p.m.")]
    [InlineData("1992-02-26T07:00", "26 February 1992, 7 a.m.")]
    [InlineData("1992-02-25T23:30", "25 February 1992, 11:30 p.m.")]
    [InlineData("1992-02-26T00:00", "26 February 1992, midnight")]
    [InlineData("1992-02-26T12:00", "26 February 1992, noon")]
    [InlineData("1992-02-26T12:05", "26 February 1992, 12:05 p.m.")]
    [InlineData("1985/1989", "1985\u20131989")]
    [InlineData("1991-10/1992-02", "October 1991 \u2013 February 1992")]
    [InlineData("1991-10/12", "October\u2013December 1991")]
    [InlineData("1992-02/1992-03", "February\u2013March 1992")]
    [InlineData("1988-02-20/22", "20\u201322 February 1988")]
    [InlineData("1992-02-28/03-02", "28 February \u2013 2 March 1992")]
    [InlineData("1991-12-30/1992-01-02", "30 December 1991 \u2013 2 January 1992")]
    [InlineData("1992-02-26T01:00/04:00", "26 February 1992, 1\u20134 a.m.")]
    [InlineData("1992-02-26T01:30/04:15", "26 February 1992, 1:30\u20134:15 a.m.")]
    [InlineData("1992-02-26T11:00/13:00", "26 February 1992, 11 a.m. \u2013 1 p.m.")]
    [InlineData("1992-02-26T10:00/12:00", "26 February 1992, 10 a.m. \u2013 noon")]
    [InlineData("1992-02-25T23:00/26T02:00", "25 February 1992, 11 p.m. \u2013 26 February 1992, 2 a.m.")]
    public void Formats_by_precision(string date, string expected) => Assert.Equal(expected, F(date));

    [Fact]
    public void Approximate_dates_take_circa() =>
        Assert.Equal(["c. 1926", "c. 1985\u20131989", "c. 28 February 1992"],
            new[] { F("1926", true), F("1985/1989", true), F("1992-02-28", true) });

    [Theory]
    [InlineData("26 February 1992")]
    [InlineData("1992-2-26")]
    [InlineData("92")]
    [InlineData("0000")]
    [InlineData("1992-13")]
    [InlineData("1991-02-29")]
    [InlineData("1992-02-26T24:00")]
    [InlineData("1992-02-26T7:00")]
    [InlineData("1992-02-26 07:00")]
    [InlineData("1992/1991")]
    [InlineData("1992-02-26T04:00/01:00")]
    [InlineData("1992-02/1992-02-10")]
    [InlineData("1992-02-26T01:00/1992-02-27")]
    [InlineData("1992-02-26/T04:00")]
    [InlineData("1992/")]
    [InlineData("1992/1993/1994")]
    public void Rejects_invalid_dates(string date)
    {
        Assert.Null(EventDate.Parse(date, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Leap_day_is_valid_in_a_leap_year() => Assert.Equal("29 February 1992", F("1992-02-29"));

    [Fact]
    public void Coarser_dates_sort_before_finer_ones_of_the_same_period()
    {
        var dates = new[] { "1992-02-26T01:00", "1992-02-26", "1992-02", "1992", "1991-12-31", "1993" }
            .Select(s => EventDate.Parse(s, out _)!.Start).Order().Select(d => d.ToString()).ToList();
        Assert.Equal(["1991-12-31", "1992", "1992-02", "1992-02-26", "1992-02-26T01:00", "1993"], dates);
    }

    [Fact]
    public void Wording_does_not_depend_on_the_machine_culture()
    {
        string[] dates = ["1926", "1991-10/1992-02", "1992-02-26T01:00/04:00", "1992-02-25T23:30"];
        string Run() => string.Join("; ", dates.Select(d => F(d, true)));
        var expected = Indexing.IndexMarkerTests.WithCulture(System.Globalization.CultureInfo.InvariantCulture, Run);
        foreach (var name in new[] { "tr-TR", "ar-SA", "fa-IR", "th-TH" })
            Assert.Equal(expected, Indexing.IndexMarkerTests.WithCulture(new System.Globalization.CultureInfo(name), Run));
    }
}
