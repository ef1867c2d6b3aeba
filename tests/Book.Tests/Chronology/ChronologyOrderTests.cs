using Book.Core.Chronology;
using Book.Model;

namespace Book.Tests.Chronology;

/// <summary>Loosely dated events placed as the sources tell them: the middle of their span, <c>sort:</c>, <c>after:</c>.</summary>
public class ChronologyOrderTests
{
    static (List<string> Order, DiagnosticBag Diags) Sorted(string yaml)
    {
        var diags = new DiagnosticBag();
        var file = ChronologyReader.Read(yaml, diags);
        return (ChronologyBuilder.Sort(file.Events).Select(e => Book.Model.InlineText.Plain(e.Content)).ToList(), diags);
    }

    [Fact]
    public void A_month_sorts_after_its_early_days_and_a_range_by_what_it_contains()
    {
        var (order, diags) = Sorted("""
            - date: 1991-12
              approximate: true
              text: "Late 1991 blockade."
            - date: 1991-12-08
              text: "Union ends."
            - date: 1992-02/1992-03
              text: "Bodies brought to Agdam."
            - date: 1992-02-25T23:00
              text: "Shelling."
            - date: 1992-03-26
              text: "Report."
            """);
        Assert.Empty(diags.Items);
        Assert.Equal(["Union ends.", "Late 1991 blockade.", "Shelling.", "Bodies brought to Agdam.", "Report."], order);
    }

    [Fact]
    public void After_places_an_event_right_behind_the_one_it_names_and_sort_gives_another_date()
    {
        var (order, diags) = Sorted("""
            - date: 1992
              approximate: true
              after: assault
              text: "Resignation after the massacre."
            - date: 1992-01-28
              text: "Last helicopter."
            - date: 1992-02-26
              id: assault
              text: "Assault."
            - date: 1992-02-27
              text: "Next day."
            - date: 1992-02/1992-03
              sort: 1992-02-28
              text: "Bodies."
            - date: 1992-02-26
              after: assault
              text: "Flight."
            """);
        Assert.Empty(diags.Items);
        Assert.Equal(["Last helicopter.", "Assault.", "Resignation after the massacre.", "Flight.", "Next day.", "Bodies."], order);
    }

    [Fact]
    public void The_printed_date_stays_the_loose_date_and_a_span_of_years_heads_itself()
    {
        var diags = new DiagnosticBag();
        var file = ChronologyReader.Read("""
            - date: 1979
              text: "Census."
            - date: 1984/1988
              approximate: true
              text: "The late 1980s."
            - date: 1987
              text: "Glasnost."
            - date: 1988
              after: glasnost-x
              text: "Loose."
            """, diags);
        Assert.Contains(diags.Items, d => d.Message.Contains("no event has the id 'glasnost-x'"));
        var div = ChronologyBuilder.BuildAppendix(new Division(DivisionKind.Appendix, "chronology", [new Book.Model.Text("Chronology")], null, [], []), file.Events);
        var lines = div.Blocks.Select(b => b switch
        {
            Heading h => "## " + InlineText.Plain(h.Content),
            ChronologyEntry e => e.DatedByHeading ? "(" + e.DateText + ")" : e.DateText,
            _ => "?",
        }).ToList();
        // The span's heading is its date as printed, so print does not say it twice ("1984–1988" over
        // "c. 1984–1988"); a date in brackets is the one its heading says, set with no date of its own.
        Assert.Equal(["## 1979", "(1979)", "## c. 1984\u20131988", "(c. 1984\u20131988)", "## 1987", "(1987)", "## 1988", "(1988)"], lines);
    }

    [Theory]
    [InlineData("- date: 1992\n  id: a\n  after: b\n  text: \"A.\"\n- date: 1993\n  id: b\n  after: a\n  text: \"B.\"\n", "leads round in a circle", 3)]
    [InlineData("- date: 1992\n  id: a\n  after: a\n  text: \"A.\"\n", "leads round in a circle", 3)]
    [InlineData("- date: 1992\n  id: a\n  text: \"A.\"\n- date: 1993\n  after: b\n  text: \"B.\"\n", "no event has the id 'b'", 5)]
    [InlineData("- date: 1992\n  id: a\n  text: \"A.\"\n- date: 1993\n  id: a\n  text: \"B.\"\n", "used twice", 5)]
    [InlineData("- date: 1992\n  sort: 1992-13\n  text: \"A.\"\n", "invalid sort date", 2)]
    [InlineData("- date: 1992\n  id: a\n  text: \"A.\"\n- date: 1993\n  after: a\n  sort: 1992\n  text: \"B.\"\n", "not both", 6)]
    [InlineData("- date: 1992\n  id: two words\n  text: \"A.\"\n", "one word", 2)]
    public void Bad_placements_are_located_errors(string yaml, string message, int line)
    {
        var diags = new DiagnosticBag();
        var file = ChronologyReader.Read(yaml, diags);
        var errors = diags.Items.Where(d => d.Severity == Severity.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Contains(message, e.Message));
        var error = errors[0];
        Assert.Equal(line, error.Span!.Line);
        Assert.Equal("chronology.yaml", error.Span.File);
        // A cycle still prints every event, each by its own date.
        Assert.Equal(file.Events.Count, ChronologyBuilder.Sort(file.Events).Count);
    }
}
