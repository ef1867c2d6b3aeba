namespace Book.Tests.Localization;

/// <summary>`book new --language`: a starter project in the language that builds at once.</summary>
public class NewProjectLanguageTests
{
    [Theory]
    [InlineData("az", "Birinci fəsil", "Mündəricat", "1 may 2022")]
    [InlineData("ru", "Первая глава", "Содержание", "1 мая 2022 г.")]
    public void A_new_project_is_written_in_the_language_and_builds(string language, string chapter, string contents, string date)
    {
        var dir = RepoPaths.TempDir("new-" + language);
        Directory.Delete(dir, recursive: true);
        var made = CliRunner.Run("new", dir, "--language", language, "--title", "Test");
        Assert.True(made.ExitCode == 0, made.Stderr);
        Assert.Contains("language: " + language, File.ReadAllText(Path.Combine(dir, "book.yaml")));
        var built = CliRunner.Run("build", dir, "-o", Path.Combine(dir, "out"), "--format", "pdf");
        Assert.True(built.ExitCode == 0, built.Stderr);
        Assert.DoesNotContain("warning", built.Stderr);
        var text = System.Text.RegularExpressions.Regex.Replace(PdfProbe.PdfToText(Path.Combine(dir, "out", "test.pdf")), @"[ \t\r\n]+", " ");
        Assert.Contains(chapter, text);
        Assert.Contains(contents, text);
        Assert.Contains(date, text);
    }

    [Fact]
    public void An_ill_formed_language_is_a_usage_error_and_writes_nothing()
    {
        var dir = RepoPaths.TempDir("new-bad");
        Directory.Delete(dir, recursive: true);
        var made = CliRunner.Run("new", dir, "--language", "az_AZ");
        Assert.NotEqual(0, made.ExitCode);
        Assert.Contains("az-AZ", made.Stderr);
        Assert.False(Directory.Exists(dir));
    }

    [Theory]
    [InlineData("ru", "Ходжалы: хроника трагедии", "khodzhaly-khronika-tragedii")]
    [InlineData("az", "Хоҹалы фаҹиәси", "xocali-faciesi")]
    [InlineData("az", "Гара гыш", "qara-qis")] // г and ы as Azerbaijani reads them, from the book's language alone
    [InlineData("en", "Щука и Ёж", "shchuka-i-yozh")]
    public void A_title_in_cyrillic_only_names_the_outputs_in_latin_letters(string language, string title, string slug)
    {
        var dir = RepoPaths.TempDir("new-cyr-" + language);
        Directory.Delete(dir, recursive: true);
        var made = CliRunner.Run("new", dir, "--language", language, "--title", title);
        Assert.True(made.ExitCode == 0, made.Stderr);
        Assert.Contains("slug: " + slug, File.ReadAllText(Path.Combine(dir, "book.yaml")));
        Assert.Contains(Path.Combine("out", slug) + ".pdf", made.Stdout);
        var built = CliRunner.Run("build", dir, "-o", Path.Combine(dir, "out"), "--format", "pdf,epub");
        Assert.True(built.ExitCode == 0, built.Stderr);
        Assert.True(File.Exists(Path.Combine(dir, "out", slug + ".pdf")));
        Assert.True(File.Exists(Path.Combine(dir, "out", slug + ".epub")));
    }

    [Fact]
    public void A_book_without_a_slug_takes_one_from_its_cyrillic_title()
    {
        using var p = TempProject.Create("# Глава\n\nТекст.\n", "title: Память Ходжалы\nlanguage: ru\nchapters: [one.md]\n", slug: "pamyat-khodzhaly");
        var r = p.Build();
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.True(File.Exists(Path.Combine(p.Out, "pamyat-khodzhaly.pdf")), string.Join(", ", Directory.GetFiles(p.Out)));
    }
}
