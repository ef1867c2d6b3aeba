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
}
