using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Book.Model;

namespace Book.Tests.Localization;

/// <summary>
/// Books in Azerbaijani, Turkish and Russian, built for real and read back with pdftotext and from
/// the EPUB: every word the tool writes is in the book's language, the chronology's dates and the
/// index's order are the language's own.
/// </summary>
public class LanguageBookTests
{
    /// <summary>The English words the tool used to write whatever the language; none may remain.</summary>
    static readonly string[] EnglishTerms =
    [
        "Contents", "Chapter", "Table", "Figure", "Tables", "Figures", "continued", "Edited by", "Bibliography", "Index",
        "Chronology", "see", "see also", "Source", "Note", "Cover", "Front cover", "Back cover", "Back to note", "Landmarks",
        "Start of content", "Pages", "February", "October", "December", "a.m.", "p.m.", "Text-only publication",
    ];

    public static TheoryData<string> Languages => new() { "az", "tr", "ru" };

    static string PdfText(string language) => Regex.Replace(LanguageBooks.Book(language).PdfText(), @"[ \t\r\n]+", " ");

    /// <summary>Every text and attribute of the e-book's XHTML and OPF files (markup and ids left out).</summary>
    static string EpubText(string language)
    {
        using var zip = ZipFile.OpenRead(LanguageBooks.Book(language).Epub);
        var sb = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal) || e.FullName.EndsWith(".opf", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var xml = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd());
            foreach (var node in xml.DescendantNodes())
            {
                if (node is System.Xml.Linq.XText t) sb.Append(t.Value).Append(' ');
                if (node is System.Xml.Linq.XElement el)
                    foreach (var a in el.Attributes().Where(a => a.Name.LocalName is "alt" or "aria-label" or "title"))
                        sb.Append(a.Value).Append(' ');
            }
        }
        return Regex.Replace(sb.ToString(), @"[ \t\r\n]+", " ");   // no-break spaces are kept: they are the language's
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void No_generated_word_is_english(string language)
    {
        foreach (var (what, text) in new[] { ("PDF", PdfText(language)), ("EPUB", EpubText(language)) })
            foreach (var term in EnglishTerms)
                Assert.False(Regex.IsMatch(text, @"(?<!\p{L})" + Regex.Escape(term) + @"(?!\p{L})"), $"{what} of the {language} book says '{term}'");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_generated_words_are_the_language_s_own(string language)
    {
        var l = Locale.For(language);
        var pdf = PdfText(language);
        var sample = LanguageBooks.For(language);
        foreach (var word in new[] { l.Contents, l.Tables, l.Figures, l.Chapter + " 1", l.Table + " 1.1", l.Figure + " 1.1", l.Source,
                     l.TitleOf(GeneratedAppendix.Chronology), l.TitleOf(GeneratedAppendix.Bibliography), l.TitleOf(GeneratedAppendix.Index),
                     l.EditedBy(sample.Editors), l.Dates.DayMonthYear(2026, 2, 26) })
            Assert.Contains(word, pdf);
        var epub = EpubText(language);
        foreach (var word in new[] { l.Contents, l.Chapter + " 1", l.StartOfContent, l.Landmarks, l["accessibility-summary"], l.Cover })
            Assert.Contains(word, epub);
    }

    [Theory]
    [InlineData("az", "26 fevral 1992, 01:00–04:00", "25–26 fevral 1992", "təq. oktyabr–dekabr 1991", "12.750")]
    [InlineData("tr", "26 Şubat 1992, 01:00–04:00", "25–26 Şubat 1992", "yak. Ekim–Aralık 1991", "12.750")]
    [InlineData("ru", "26 февраля 1992 г., 01:00–04:00", "25–26 февраля 1992 г.", "ок. октябрь–декабрь 1991 г.", "12\u00A0750")]
    public void Chronology_dates_and_numbers_are_written_as_the_language_writes_them(string language, string night, string days, string months, string number)
    {
        // Spaces inside dates and numbers are no-break spaces (a day stays with its month): compared as spaces.
        static string Spaces(string s) => s.Replace('\u00A0', ' ').Replace('\u202F', ' ');
        var epub = Spaces(EpubText(language));
        Assert.Contains(Spaces(night), epub);
        Assert.Contains(Spaces(days), epub);
        Assert.Contains(Spaces(months), epub);
        Assert.Contains(Spaces(number), epub);
        // The PDF's chronology column wraps the dates; their words are there.
        var pdf = PdfText(language);
        Assert.Contains(Locale.For(language).Dates.Month(2) + " 1992", pdf);
        Assert.Contains("01:00–04:00", pdf);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_index_follows_the_language_s_alphabet(string language)
    {
        var names = LanguageBooks.For(language).Names;
        var pdf = PdfText(language);
        var index = pdf[pdf.LastIndexOf(Locale.For(language).TitleOf(GeneratedAppendix.Index), StringComparison.Ordinal)..];
        var positions = names.Select(n => index.IndexOf(n + ",", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    [Trait("Category", "Slow")] // epubcheck
    public void The_epub_passes_epubcheck(string language)
    {
        var (exit, output) = Epub.EpubFixture.EpubCheck(File.ReadAllBytes(LanguageBooks.Book(language).Epub));
        Assert.True(exit == 0, output);
    }

    [Theory]
    [InlineData("az")]
    [InlineData("ru")]
    [Trait("Category", "Slow")] // child dotnet processes
    public void Every_output_byte_is_the_same_under_any_culture_and_in_invariant_mode(string language)
    {
        using var project = LanguageBooks.Create(LanguageBooks.For(language));
        Dictionary<string, byte[]> Build(string locale, string invariant)
        {
            var outDir = RepoPaths.TempDir("lang-child");
            var r = ProcessRunner.RunBook(["build", project.Dir, "-o", outDir, "--format", "pdf,epub"], new ProcessRunner.Options(
                Environment: new Dictionary<string, string?>
                {
                    ["LC_ALL"] = locale, ["LANG"] = locale, ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariant,
                    ["SOURCE_DATE_EPOCH"] = null, ["BOOK_TIMINGS"] = null,
                },
                Timeout: TimeSpan.FromMinutes(3)));
            Assert.True(r.ExitCode == 0, $"{locale} (invariant {invariant}): {r.StdErr}");
            return Directory.GetFiles(outDir).ToDictionary(Path.GetFileName, File.ReadAllBytes, StringComparer.Ordinal)!;
        }
        var reference = Build("C", "1");
        Assert.Equal(2, reference.Count);
        foreach (var (locale, invariant) in new[] { ("C", "0"), ("tr_TR.UTF-8", "0"), ("de_DE.UTF-8", "0") })
        {
            var other = Build(locale, invariant);
            foreach (var (name, bytes) in reference)
                Assert.True(bytes.AsSpan().SequenceEqual(other[name]), $"{name} differs under {locale} from invariant mode");
        }
    }
}
