using Book.Build;

namespace Book.Tests.Build;

/// <summary>book.yaml's keywords:, description:, subject: and font:, checked with the tools readers use (pdfinfo, pdffonts, the OPF).</summary>
public sealed class BookYamlMetadataTests
{
    static (BuildResult Result, string Pdf) BuildPdfAndEpub(string yaml, Action<string>? prepare = null)
    {
        var dir = BuildTestProject.Create("# One\n\nText in *italic* and **bold**.\n", yaml);
        prepare?.Invoke(dir);
        var result = Publication.Build(dir, new BuildOptions { Formats = "pdf,epub", OutDir = Path.Combine(dir, "out") });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Items));
        Publication.WriteAll(result);
        return (result, result.Outputs[0].Path);
    }

    [Fact]
    public void Keywords_subject_and_description_reach_the_pdf_and_the_opf()
    {
        var (result, pdf) = BuildPdfAndEpub("keywords: [Khojaly, oral history]\nsubject: Remembrance\ndescription: A short book & a test.\n");
        var info = PdfProbe.PdfInfo(pdf);
        Assert.Equal("Remembrance", info["Subject"]);
        Assert.Equal("Khojaly, oral history", info["Keywords"]);
        var xmp = PdfProbe.Run("pdfinfo", "-meta", pdf).StdOut;
        Assert.Contains("<pdf:Keywords>Khojaly, oral history</pdf:Keywords>", xmp);
        var opf = PublicationTests.Opf(result);
        Assert.Contains("<dc:description>A short book &amp; a test.</dc:description>", opf);
        Assert.Contains("<dc:subject>Remembrance</dc:subject>", opf);
        Assert.Contains("<dc:subject>Khojaly</dc:subject>", opf);
        Assert.Contains("<dc:subject>oral history</dc:subject>", opf);
    }

    [Fact]
    public void Keywords_may_be_one_comma_separated_string()
    {
        var (_, pdf) = BuildPdfAndEpub("keywords: Khojaly, 1992 ,memory\n");
        Assert.Equal("Khojaly, 1992, memory", PdfProbe.PdfInfo(pdf)["Keywords"]);
    }

    [Fact]
    public void Font_files_in_the_project_are_set_and_embedded()
    {
        // Literata's italic as the book's regular face: its name in the PDF shows which file was used.
        var (result, pdf) = BuildPdfAndEpub("font: { regular: fonts/Face.ttf, bold: fonts/Heavy.ttf }\n", dir =>
        {
            Directory.CreateDirectory(Path.Combine(dir, "fonts"));
            File.Copy(Path.Combine(RepoPaths.Root, "fonts", "Literata-Italic.ttf"), Path.Combine(dir, "fonts", "Face.ttf"));
            File.Copy(Path.Combine(RepoPaths.Root, "fonts", "Literata-BoldItalic.ttf"), Path.Combine(dir, "fonts", "Heavy.ttf"));
        });
        var fonts = PdfProbe.PdfFonts(pdf);
        Assert.All(fonts, f => Assert.True(f.Embedded && f.Subset));
        Assert.Contains(fonts, f => f.Name.EndsWith("+Literata-Italic", StringComparison.Ordinal));
        Assert.DoesNotContain(fonts, f => f.Name.EndsWith("+Literata-Regular", StringComparison.Ordinal));
        var opf = PublicationTests.Opf(result);
        Assert.Contains("href=\"fonts/Face.ttf\"", opf);
        Assert.Contains("href=\"fonts/Heavy.ttf\"", opf);
        Assert.DoesNotContain("Literata-Regular.ttf", opf);
    }

    [Theory]
    [InlineData("font: Garamond\n", "book.yaml:5:7: error: font 'Garamond' is not available; use 'Literata' (bundled)")]
    [InlineData("font: { regular: fonts/missing.ttf }\n", "book.yaml:5:18: error: file 'fonts/missing.ttf' not found")]
    [InlineData("font: { regular: book.yaml }\n", "book.yaml:5:18: error: 'book.yaml' is not a font book can use")]
    [InlineData("font: { oblique: a.ttf }\n", "book.yaml:5:9: error: unknown font face 'oblique'; use regular, italic, bold or bold-italic")]
    [InlineData("font: { italic: a.ttf }\n", "book.yaml:5:7: error: 'font' needs at least a 'regular' file")]
    [InlineData("font: [a, b]\n", "book.yaml:5:7: error: 'font' must be a family name (Literata) or font files")]
    public void A_font_that_cannot_be_had_is_an_error_at_the_key(string yaml, string expected)
    {
        var dir = BuildTestProject.Create(yaml: yaml);
        var result = Publication.Build(dir, new BuildOptions());
        Assert.False(result.Succeeded);
        var messages = result.Diagnostics.Items.Select(d => d.ToString().Replace(dir + "/", "")).ToList();
        Assert.Contains(messages, m => m.StartsWith(expected, StringComparison.Ordinal));
    }
}
