using System.IO.Compression;
using System.Xml.Linq;
using Book.Model;
using Book.Epub;

namespace Book.Tests.Epub;

/// <summary>Writes books to bytes, reads their entries back, and runs epubcheck.</summary>
static class EpubFixture
{
    public static readonly XNamespace X = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";

    public static EpubOptions FullOptions() => new()
    {
        Fonts = EpubFont.BundledLiterata(),
        PageBreaks = TestBook.Pages(),
        PageLabels = TestBook.Labels(),
    };

    public static byte[] Write(BookDocument book, EpubOptions options)
    {
        var ms = new MemoryStream();
        EpubWriter.Write(book, ms, options);
        return ms.ToArray();
    }

    public static Dictionary<string, byte[]> Entries(byte[] epub)
    {
        using var zip = new ZipArchive(new MemoryStream(epub), ZipArchiveMode.Read);
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var e in zip.Entries)
        {
            using var s = e.Open();
            var ms = new MemoryStream();
            s.CopyTo(ms);
            result[e.FullName] = ms.ToArray();
        }
        return result;
    }

    /// <summary>Every XHTML document of the book, by its path relative to EPUB/.</summary>
    public static Dictionary<string, XDocument> Documents(byte[] epub) =>
        Entries(epub).Where(e => e.Key.EndsWith(".xhtml", StringComparison.Ordinal))
            .ToDictionary(e => e.Key["EPUB/".Length..], e => XDocument.Load(new MemoryStream(e.Value), LoadOptions.PreserveWhitespace), StringComparer.Ordinal);

    public static XDocument Package(byte[] epub) => XDocument.Load(new MemoryStream(Entries(epub)["EPUB/package.opf"]));

    /// <summary>
    /// How to start epubcheck: $EPUBCHECK (a jar or an executable), else `epubcheck` on PATH. Debian's
    /// /usr/bin/epubcheck is the jar itself and only runs where binfmt_misc knows jars, so a jar is
    /// started with `java -jar` instead.
    /// </summary>
    static (string File, string[] Prefix) EpubCheckCommand()
    {
        var found = Environment.GetEnvironmentVariable("EPUBCHECK") is { Length: > 0 } env ? env
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Select(d => Path.Combine(d, "epubcheck")).FirstOrDefault(File.Exists);
        if (found is null || !File.Exists(found))
            Assert.Fail("epubcheck is not installed; install it with `apt-get install -y epubcheck` (or set EPUBCHECK to its jar). "
                + "The EPUB tests fail rather than skip so that CI cannot pass without validating the e-book.");
        return IsJar(found!) ? ("java", ["-jar", found!]) : (found!, []);
    }

    static bool IsJar(string path)
    {
        using var f = File.OpenRead(path);
        Span<byte> head = stackalloc byte[2];
        return f.Read(head) == 2 && head[0] == (byte)'P' && head[1] == (byte)'K';
    }

    /// <summary>
    /// Runs epubcheck on the file. A missing epubcheck FAILS the test on purpose: CI installs it
    /// (apt-get install epubcheck), and a silently skipped validation would hide broken e-books.
    /// </summary>
    public static (int Exit, string Output) EpubCheck(byte[] epub)
    {
        var path = TestTemp.File(".epub", "book-epub-test");
        File.WriteAllBytes(path, epub);
        try
        {
            var (file, prefix) = EpubCheckCommand();
            ToolResult r;
            try { r = ProcessRunner.Run(file, [.. prefix, path], new ProcessRunner.Options(Timeout: TimeSpan.FromMinutes(3))); }
            catch (TimeoutException) { Assert.Fail("epubcheck did not finish in 3 minutes"); throw; }
            return (r.ExitCode, r.StdOut + r.StdErr);
        }
        finally { File.Delete(path); }
    }
}
