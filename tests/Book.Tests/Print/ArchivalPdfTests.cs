using System.Text.RegularExpressions;
using System.Xml.Linq;
using Book.Pdf;
using Book.Pdf.Export;

namespace Book.Tests.Print;

/// <summary>PDF/A-2b as far as tools here can tell: XMP agrees with /Info, sRGB output intent with its profile.</summary>
[Collection(PrintBuildCollection.Name)]
public sealed class ArchivalPdfTests(PrintBuildFixture build)
{
    static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    static readonly XNamespace PdfAid = "http://www.aiim.org/pdfa/ns/id/";

    [Fact]
    public void Xmp_parses_and_agrees_with_the_document_information()
    {
        var meta = PdfProbe.Run("pdfinfo", "-meta", build.Reading).StdOut;
        var xmp = XDocument.Parse(meta[meta.IndexOf("<x:xmpmeta", StringComparison.Ordinal)..(meta.IndexOf("</x:xmpmeta>", StringComparison.Ordinal) + 12)]);
        var info = PdfProbe.PdfInfo(build.Reading, "-isodates");
        var d = xmp.Descendants(Rdf + "Description").Single();

        Assert.Equal("2", d.Element(PdfAid + "part")!.Value);
        Assert.Equal("B", d.Element(PdfAid + "conformance")!.Value);
        Assert.Equal(info["Title"], d.Element(Dc + "title")!.Descendants(Rdf + "li").Single().Value);
        // The booklet names no editor (editors: none): then neither the Info dictionary nor the XMP has an author.
        if (info.TryGetValue("Author", out var author)) Assert.Equal(author, d.Element(Dc + "creator")!.Descendants(Rdf + "li").Single().Value);
        else Assert.Null(d.Element(Dc + "creator"));
        Assert.Equal(info["Subject"], d.Element(Dc + "description")!.Descendants(Rdf + "li").Single().Value);
        Assert.Equal(info["Creator"], d.Element(Xmp + "CreatorTool")!.Value);
        Assert.Equal(info["Producer"], d.Element(Pdf + "Producer")!.Value);
        // pdfinfo -isodates prints 2026-02-26T00:00:00Z (or +00:00); XMP says the same instant.
        Assert.Equal(DateTimeOffset.Parse(info["CreationDate"], System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(d.Element(Xmp + "CreateDate")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateTimeOffset.Parse(info["ModDate"], System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(d.Element(Xmp + "ModifyDate")!.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Has_an_sRGB_output_intent_with_the_embedded_profile()
    {
        var root = Regex.Match(PdfProbe.Run("qpdf", "--show-object=trailer", build.Reading).StdOut, @"/Root (\d+) 0 R").Groups[1].Value;
        var catalog = PdfProbe.Run("qpdf", "--show-object=" + root, build.Reading).StdOut;
        Assert.Contains("/S /GTS_PDFA1", catalog);
        Assert.Contains("/OutputConditionIdentifier (sRGB IEC61966-2.1)", catalog);
        Assert.Matches(@"/Metadata \d+ 0 R", catalog);
        var profileRef = Regex.Match(catalog, @"/DestOutputProfile (\d+) 0 R").Groups[1].Value;
        Assert.NotEmpty(profileRef);

        var profileDict = PdfProbe.Run("qpdf", "--show-object=" + profileRef, build.Reading).StdOut;
        Assert.Contains("/N 3", profileDict);
        var bytes = ProfileBytes(profileRef);
        Assert.Equal(OutputIntent.SrgbProfile(), bytes);
        Assert.Equal("acsp", System.Text.Encoding.ASCII.GetString(bytes, 36, 4)); // ICC signature
        Assert.Equal("RGB ", System.Text.Encoding.ASCII.GetString(bytes, 16, 4));
    }

    [Fact]
    public void The_licence_of_the_profile_ships_beside_it()
    {
        var licence = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Book.Pdf", "Export", "Archival", "sRGB.LICENSE.txt"));
        Assert.Contains("icc-profiles-free", licence);
        Assert.Contains("zlib", licence, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Pdfa_false_leaves_metadata_and_output_intent_out()
    {
        var tree = SampleTrees.TwoPages();
        string on = System.Text.Encoding.Latin1.GetString(PrintTestKit.Bytes(s => PdfWriter.Write(tree, s, new PdfWriteOptions(Archival: true))));
        string off = System.Text.Encoding.Latin1.GetString(PrintTestKit.Bytes(s => PdfWriter.Write(tree, s, new PdfWriteOptions(Archival: false))));
        Assert.Contains("/OutputIntents", on);
        Assert.Contains("pdfaid:part", on);
        Assert.DoesNotContain("/OutputIntents", off);
        Assert.DoesNotContain("/Metadata", off);
    }

    [Fact]
    public void Book_yaml_turns_pdfa_off_and_reads_creep()
    {
        var diags = new Book.Model.DiagnosticBag();
        var on = Book.Core.Sources.ManifestReader.Read("title: T\nchapters: [a.md]\n", diags)!;
        var off = Book.Core.Sources.ManifestReader.Read("title: T\nchapters: [a.md]\npdfa: false\ncreep: 0.1mm\n", diags)!;
        Assert.False(diags.HasErrors);
        Assert.True(on.Build.PdfA);
        Assert.False(off.Build.PdfA);
        Assert.Equal(0.1 * 72 / 25.4, off.Build.Creep, 6);
        Book.Core.Sources.ManifestReader.Read("title: T\nchapters: [a.md]\npdfa: maybe\n", diags);
        Assert.True(diags.HasErrors);
    }

    [Fact]
    public void Same_sources_same_bytes()
    {
        string again = RepoPaths.TempDir("print-again");
        var r = CliRunner.Run("build", RepoPaths.Chapters, "-o", again, "--format", "pdf,print,print-trim");
        Assert.Equal(0, r.ExitCode);
        foreach (var name in new[] { "khojaly-1992.pdf", "khojaly-1992-print.pdf", "khojaly-1992-print-trim.pdf" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(build.OutDir, name)), File.ReadAllBytes(Path.Combine(again, name)));
    }

    /// <summary>The decoded stream, read as bytes (the profile is binary, not text).</summary>
    byte[] ProfileBytes(string objectNumber)
    {
        return PdfProbe.RunBytes("qpdf", "--show-object=" + objectNumber, "--filtered-stream-data", build.Reading);
    }
}
