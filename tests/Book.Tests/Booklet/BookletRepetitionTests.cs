namespace Book.Tests.Booklet;

/// <summary>
/// The review of the booklet's text (section 4.4) found facts told two or three times across the
/// chapters. Each is now told once where it belongs, and elsewhere only pointed to; the printed
/// chapters, notes included, carry each telling once. The chronology and the appendix tables
/// gather facts by design and are not counted.
/// </summary>
public sealed class BookletRepetitionTests(BookletBuildFixture booklet) : IClassFixture<BookletBuildFixture>
{
    /// <summary>The ten chapters as printed, from "Chapter 1" to the chronology's first entry.</summary>
    string Chapters()
    {
        var text = BookletPdfTests.Normalize(PdfProbe.PdfToText(booklet.Pdf));
        int from = text.IndexOf("Chapter 1", StringComparison.Ordinal);
        int to = text.IndexOf("The census records Armenians", StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "the chapters or the chronology are not where the booklet prints them");
        return text[from..to];
    }

    static int Count(string text, string phrase)
    {
        int n = 0;
        for (int at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    [Theory]
    [InlineData("liberated corridor")]            // the Armenian account of the shooting: chapter 4
    [InlineData("medical wagon")]                 // frostbite and gunshot wounds: chapter 4
    [InlineData("Pirjamal")]                      // captives taken on the way: chapter 7
    [InlineData("eight hours")]                   // the refugees' time on foot: chapter 4
    [InlineData("helicopter flights")]            // the film of the dead: chapter 6
    [InlineData("beheading")]                     // the mutilation the bodies showed: chapter 5
    [InlineData("476 families")]                  // the refugee commission's help: chapter 5
    [InlineData("freeing around 200")]            // the Qaraqaya operation: chapter 6
    [InlineData("heights")]                       // why the flight avoided the Agdam road: chapter 4
    [InlineData("confession of top")]             // the Foreign Ministry's statement: chapter 9
    [InlineData("February 25th")]                 // TRT World's anniversary date: chapter 10
    [InlineData("Kargar")]                        // the river's second spelling: chapter 4
    public void A_fact_the_review_found_repeated_is_told_once(string phrase)
    {
        var chapters = Chapters();
        Assert.True(Count(chapters, phrase) == 1, $"\"{phrase}\" is printed {Count(chapters, phrase)} times in the chapters");
    }
}
