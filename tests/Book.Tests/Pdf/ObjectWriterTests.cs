using System.Text;
using System.Text.RegularExpressions;
using Book.Pdf.Syntax;

namespace Book.Tests.Pdf;

public class ObjectWriterTests
{
    private static byte[] WriteSample()
    {
        using var buffer = new MemoryStream();
        var writer = new ObjectWriter(buffer);
        writer.WriteHeader();
        var catalog = writer.Allocate();
        var pages = writer.Allocate();
        var stream = writer.Add(PdfStream.Create("BT ET"u8.ToArray(), compress: true));
        var p = new PdfDictionary("Pages");
        p["Kids"] = new PdfArray();
        p["Count"] = 0;
        p["Extra"] = stream;
        writer.Write(pages, p);           // written out of number order on purpose
        var c = new PdfDictionary("Catalog");
        c["Pages"] = pages;
        writer.Write(catalog, c);
        var info = writer.Add(new PdfDictionary { ["Title"] = PdfString.Text("Şuşa") });
        writer.Finish(catalog, info);
        return buffer.ToArray();
    }

    [Fact]
    public void HeaderIsPdf17WithBinaryComment()
    {
        byte[] file = WriteSample();
        Assert.Equal("%PDF-1.7\n", Encoding.ASCII.GetString(file, 0, 9));
        Assert.Equal((byte)'%', file[9]);
        Assert.All(file.Skip(10).Take(4), b => Assert.True(b >= 128));
    }

    [Fact]
    public void CrossReferenceOffsetsPointAtTheirObjects()
    {
        byte[] file = WriteSample();
        string text = Encoding.Latin1.GetString(file);

        var startxref = Regex.Match(text, @"startxref\n(\d+)\n%%EOF\n$");
        Assert.True(startxref.Success);
        int xrefAt = int.Parse(startxref.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("xref\n0 5\n", text[xrefAt..]);

        var entries = text[(xrefAt + "xref\n0 5\n".Length)..].Split("\r\n");
        Assert.Equal("0000000000 65535 f", entries[0]);
        for (int n = 1; n < 5; n++)
        {
            Assert.Matches(@"^\d{10} 00000 n$", entries[n]);
            int offset = int.Parse(entries[n][..10], System.Globalization.CultureInfo.InvariantCulture);
            Assert.StartsWith($"{n} 0 obj\n", text[offset..]);
        }
        Assert.Contains("trailer\n<< /Size 5 /Root 1 0 R /Info 4 0 R /ID [<", text);
    }

    [Fact]
    public void IdIsTheHashOfEverythingBeforeTheTrailer()
    {
        byte[] file = WriteSample();
        string text = Encoding.Latin1.GetString(file);
        int trailer = text.IndexOf("trailer\n", StringComparison.Ordinal);
        string expected = Convert.ToHexString(System.Security.Cryptography.MD5.HashData(file.AsSpan(0, trailer)));
        Assert.Contains($"/ID [<{expected}> <{expected}>]", text);
    }

    [Fact]
    public void SameObjectsGiveSameBytes() => Assert.Equal(WriteSample(), WriteSample());

    [Fact]
    public void OffsetsAndIdSurviveLargeAndManySmallWrites()
    {
        // Crosses the output buffer both with one big payload and with many tiny objects.
        using var buffer = new MemoryStream();
        var writer = new ObjectWriter(buffer);
        writer.WriteHeader();
        var root = writer.Allocate();
        var big = writer.Add(new PdfStream(Enumerable.Range(0, 40_000).Select(i => (byte)(i * 7)).ToArray()));
        var refs = Enumerable.Range(0, 3000).Select(i => writer.Add(PdfString.Text("item " + i))).ToList();
        var c = new PdfDictionary("Catalog");
        c["Big"] = big;
        c["Items"] = new PdfArray(refs);
        writer.Write(root, c);
        writer.Finish(root, null);

        byte[] file = buffer.ToArray();
        string text = Encoding.Latin1.GetString(file);
        int xrefAt = int.Parse(Regex.Match(text, @"startxref\n(\d+)\n").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var entries = text[xrefAt..].Split("\r\n");
        foreach (int n in new[] { 1, 2, 3, 1500, 3002 })
        {
            int offset = int.Parse(entries[n][^18..^8], System.Globalization.CultureInfo.InvariantCulture);
            Assert.StartsWith($"{n} 0 obj\n", text[offset..]);
        }
        int trailer = text.IndexOf("trailer\n", StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexString(System.Security.Cryptography.MD5.HashData(file.AsSpan(0, trailer))), text[trailer..]);
    }

    [Fact]
    public void UnwrittenObjectsAreAnError()
    {
        var writer = new ObjectWriter(new MemoryStream());
        writer.WriteHeader();
        var root = writer.Allocate();
        writer.Allocate();
        writer.Write(root, new PdfDictionary("Catalog"));
        Assert.Throws<InvalidOperationException>(() => writer.Finish(root, null));
    }

    [Fact]
    public void WritingAnObjectTwiceIsAnError()
    {
        var writer = new ObjectWriter(new MemoryStream());
        writer.WriteHeader();
        var r = writer.Add(PdfNull.Instance);
        Assert.Throws<InvalidOperationException>(() => writer.Write(r, PdfNull.Instance));
    }
}
