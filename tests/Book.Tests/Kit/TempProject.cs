using System.Text;

namespace Book.Tests;

/// <summary>
/// A throwaway book project in a fresh folder under the run's <see cref="TestTemp.Root"/>: files written
/// on demand (UTF-8 without BOM, folders made as needed), built with the real `book` command in-process,
/// and deleted on <see cref="Dispose"/> (or when the run ends, whichever comes first).
/// </summary>
public sealed class TempProject : IDisposable
{
    public string Dir { get; }
    /// <summary>The slug book.yaml gives the outputs (names <see cref="Pdf"/> and <see cref="Epub"/>).</summary>
    public string Slug { get; }
    public string Out => Path.Combine(Dir, "out");
    public string Pdf => Path.Combine(Out, Slug + ".pdf");
    public string Epub => Path.Combine(Out, Slug + ".epub");

    TempProject(string dir, string slug) { Dir = dir; Slug = slug; }

    /// <summary>An empty project folder.</summary>
    public static TempProject Empty(string prefix = "project", string slug = "test-book") => new(RepoPaths.TempDir(prefix), slug);

    /// <summary>Writes <paramref name="files"/> (relative path → content).</summary>
    public static TempProject Create(IEnumerable<KeyValuePair<string, string>> files, string slug = "test-book", string prefix = "project")
    {
        var p = Empty(prefix, slug);
        foreach (var (path, content) in files) p.Write(path, content);
        return p;
    }

    /// <summary>book.yaml (by default one chapter, one.md, and <paramref name="slug"/>) and one.md.</summary>
    public static TempProject Create(string chapter, string? bookYaml = null, string prefix = "project", string slug = "test-book")
    {
        var p = Empty(prefix, slug);
        p.Write("book.yaml", bookYaml ?? $"title: Test Book\nslug: {slug}\nchapters: [one.md]\n");
        p.Write("one.md", chapter);
        return p;
    }

    public TempProject Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public TempProject WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(Dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>`book build Dir -o Out --format formats`, in-process.</summary>
    public CliRunner.Result Build(string formats = "pdf") => CliRunner.Run("build", Dir, "-o", Out, "--format", formats);

    /// <summary>`book build Dir -o Out` with the formats book.yaml lists.</summary>
    public CliRunner.Result BuildAsListed() => CliRunner.Run("build", Dir, "-o", Out);

    public CliRunner.Result Check() => CliRunner.Run("check", Dir);

    public string PdfText() => PdfProbe.PdfToText(Pdf);

    /// <summary>The e-book's XHTML file whose name ends in "-<paramref name="id"/>.xhtml" (a chapter's id, e.g. "sec-terms").</summary>
    public System.Xml.Linq.XDocument EpubChapter(string id)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(Epub);
        using var s = zip.Entries.Single(e => e.FullName.EndsWith("-" + id + ".xhtml", StringComparison.Ordinal)).Open();
        return System.Xml.Linq.XDocument.Load(s);
    }

    public void Dispose() => TestTemp.TryDelete(Dir);
}
