using Book.Core.Sources;
using Book.Model;

namespace Book.Tests.Images;

/// <summary><c>images: { screen-ppi: … }</c> in book.yaml: the reading PDF's image resolution.</summary>
public class ScreenPpiSettingTests
{
    static (double? Ppi, DiagnosticBag Diags) Read(string extra)
    {
        var diags = new DiagnosticBag();
        var manifest = ManifestReader.Read("title: T\nchapters: [a.md]\n" + extra, diags);
        return (manifest?.Build.ScreenPpi, diags);
    }

    [Fact]
    public void Screen_resolution_is_200_unless_book_yaml_says_otherwise()
    {
        Assert.Equal(200, Read("").Ppi);
        Assert.Equal(150, Read("images: { screen-ppi: 150 }\n").Ppi);
        Assert.Null(Read("images: { screen-ppi: original }\n").Ppi);
        var (_, diags) = Read("images: { screen-ppi: 150 }\n");
        Assert.False(diags.HasErrors);
        Assert.Empty(diags.Items);
    }

    [Theory]
    [InlineData("images: { screen-ppi: sharp }\n", "screen-ppi 'sharp' must be a resolution from 72 to 2400")]
    [InlineData("images: { screen-ppi: 10 }\n", "screen-ppi '10' must be")]
    [InlineData("images: 200\n", "'images' must be a mapping")]
    public void A_bad_value_is_an_error_at_its_place(string yaml, string message)
    {
        var (_, diags) = Read(yaml);
        var error = Assert.Single(diags.Items, d => d.Severity == Severity.Error);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Span!.Line);
    }
}
