using Book.Tests.Figures;

namespace Book.Tests.Cli;

/// <summary>
/// The tool as `dotnet publish` makes it: compiled ahead of time into a native executable where the
/// machine has a C toolchain to link it (gcc or clang), else ReadyToRun. It is another compilation of
/// the same code, with reflection trimmed away, so it is judged against the library this test run
/// built: the same inputs must give the same bytes, the same messages and the same exit codes.
/// Publishing takes minutes, once per run, from a copy of the sources (the repository's own bin and
/// obj folders are left alone).
/// </summary>
[Trait("Category", "Slow")]
public sealed class PublishedToolTests(PublishedToolTests.Published tool) : IClassFixture<PublishedToolTests.Published>
{
    public sealed class Published
    {
        /// <summary>The native executable, or book.dll where no C toolchain was found.</summary>
        public string Tool { get; }
        public bool Native => !Tool.EndsWith(".dll", StringComparison.Ordinal);

        public Published()
        {
            var copy = RepoPaths.TempDir("published-src");
            foreach (var file in new[] { "Book.sln", "Directory.Build.props", "README.md" })
                File.Copy(Path.Combine(RepoPaths.Root, file), Path.Combine(copy, file));
            foreach (var dir in new[] { "src", "fonts" })
                CopySources(Path.Combine(RepoPaths.Root, dir), Path.Combine(copy, dir));
            var outDir = Path.Combine(copy, "published");
            List<string> args = ["publish", Path.Combine("src", "Book.Cli", "Book.Cli.csproj"), "-c", "Release", "-o", outDir, "--nologo"];
            if (!HasCCompiler()) args.Add("-p:PublishAot=false");
            var r = ProcessRunner.Run("dotnet", args, new ProcessRunner.Options(copy, Timeout: TimeSpan.FromMinutes(25)));
            Assert.True(r.ExitCode == 0, r.ToString());
            var native = Path.Combine(outDir, "book");
            Tool = File.Exists(native) && !File.Exists(native + ".dll") ? native : native + ".dll";
        }

        static bool HasCCompiler() =>
            (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
                .Any(d => File.Exists(Path.Combine(d, "gcc")) || File.Exists(Path.Combine(d, "clang")));

        static void CopySources(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
            foreach (var d in Directory.GetDirectories(from))
                if (Path.GetFileName(d) is not ("bin" or "obj")) CopySources(d, Path.Combine(to, Path.GetFileName(d)));
        }

        public ToolResult Run(params string[] args) =>
            Native ? ProcessRunner.Run(Tool, args, Options) : ProcessRunner.Run("dotnet", [Tool, .. args], Options);

        static readonly ProcessRunner.Options Options = new(Environment: new Dictionary<string, string?> { ["NO_COLOR"] = "1" }, Timeout: TimeSpan.FromMinutes(2));
    }

    /// <summary>Every file under <paramref name="a"/> and <paramref name="b"/>, the same names with the same bytes.</summary>
    static void SameFiles(string a, string b, Func<string, bool>? skip = null)
    {
        static List<string> Files(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
        var names = Files(a);
        Assert.Equal(names, Files(b));
        Assert.NotEmpty(names);
        foreach (var name in names.Where(n => skip?.Invoke(n) != true))
            Assert.True(File.ReadAllBytes(Path.Combine(a, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, name))), $"{name} differs");
    }

    [Fact]
    public void The_published_tool_builds_the_booklet_byte_for_byte_as_the_library_does()
    {
        var shared = SharedBooklet.Get();
        Assert.Equal(0, shared.Build.ExitCode);
        var outDir = RepoPaths.TempDir("published-booklet");
        var r = tool.Run("build", RepoPaths.Chapters, "-o", outDir, "--format", "pdf,print,print-trim,epub,html");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("0 errors, 0 warnings", r.StdOut + r.StdErr);
        SameFiles(shared.OutDir, outDir);
        Assert.Equal(global::Book.Cli.Commands.Version, tool.Run("--version").StdOut.Trim());
    }

    /// <summary>Pictures (PNG, JPEG, SVG), a BibTeX bibliography in an author-date style, a CSV table and the web edition.</summary>
    static TempProject Mixed(string prefix) =>
        TempProject.Create(new Dictionary<string, string>
        {
            ["book.yaml"] = "title: Mixed\nslug: mixed\nchapters: [one.md]\nappendices: [bibliography]\nbibliography: refs.bib\ncsl: apa\n"
                + "images: { screen-ppi: original }\n",
            ["one.md"] = """
                # Pictures and sources

                As @fig:town shows, the roofs were red [@doe2001, 12]. @roe1999 disagrees.

                ![The town](town.png){#fig:town width=60%}

                ![A tower](tower.jpg){#fig:tower width=40%}

                ![A mark](mark.svg){#fig:mark width=30%}

                ::: {.table #tbl:counts source="counts.csv" caption="Counts"}
                :::
                """,
            ["refs.bib"] = """
                @book{doe2001, author = {Doe, Jane and {\"O}zt{\"u}rk, Ali}, title = {The {Caucasus} in Winter}, publisher = {Verso}, address = {London}, year = {2001}}
                @article{roe1999, author = {Roe, Richard}, title = {On roofs}, journal = {Journal of Towns}, volume = {4}, number = {2}, pages = {10--20}, date = {1999-03}}
                """,
            ["counts.csv"] = "place,people\nNorth,1200\nSouth,340\n",
            ["mark.svg"] = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50"><rect x="5" y="5" width="90" height="40" fill="#c33"/><circle cx="50" cy="25" r="15" fill="#fff"/></svg>""",
        }, slug: "mixed", prefix: prefix)
        .WriteBytes("town.png", TestPictures.Png(400, 300))
        .WriteBytes("tower.jpg", TestPictures.Jpeg(200, 500));

    [Fact]
    public void Pictures_bibtex_tables_and_the_web_edition_come_out_as_the_library_makes_them()
    {
        using var lib = Mixed("published-lib");
        var expected = CliRunner.Run("build", lib.Dir, "-o", lib.Out, "--format", "pdf,print,epub,html");
        Assert.True(expected.ExitCode == 0, expected.Stderr);
        using var pub = Mixed("published-tool");
        var r = tool.Run("build", pub.Dir, "-o", pub.Out, "--format", "pdf,print,epub,html");
        Assert.True(r.ExitCode == 0, r.ToString());
        SameFiles(lib.Out, pub.Out);
        Assert.Contains("Doe", lib.PdfText());
    }

    /// <summary>
    /// A photograph printed above the screen resolution is decoded, averaged down and re-encoded. The
    /// JPEG codec (ImageSharp) takes vector paths that depend on the instruction set the code was
    /// compiled for, so its bytes may differ in the last bits of a few pixels between the natively
    /// compiled tool and the JIT; the page, the picture's size, resolution and encoding may not.
    /// </summary>
    [Fact]
    public void A_resampled_photograph_lands_on_the_same_page_at_the_same_size_and_resolution()
    {
        static TempProject Photo(string prefix) => TempProject.Create("# Photo\n\nBefore.\n\n![A tower](tower.jpg){#fig:tower width=50%}\n\nAfter.\n",
            "title: Photo\nslug: photo\nchapters: [one.md]\n", prefix, "photo").WriteBytes("tower.jpg", TestPictures.Jpeg(1600, 2400));
        using var lib = Photo("published-photo-lib");
        Assert.Equal(0, lib.Build("pdf,epub").ExitCode);
        using var pub = Photo("published-photo-tool");
        var r = tool.Run("build", pub.Dir, "-o", pub.Out, "--format", "pdf,epub");
        Assert.True(r.ExitCode == 0, r.ToString());
        SameFiles(lib.Out, pub.Out, skip: n => n.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Equal(TestPictures.List(lib.Pdf), TestPictures.List(pub.Pdf));
        Assert.Equal(lib.PdfText(), pub.PdfText());
    }

    [Fact]
    public void Bad_input_gets_the_same_located_error_and_exit_code()
    {
        using var p = TempProject.Create("# One\n\nText [@nobody].\n\n::: {.table source=\"missing.csv\"}\n:::\n", "title: Bad\nslug: bad\nchapters: [one.md, two.md]\n", "published-bad", "bad");
        var expected = CliRunner.Run("build", p.Dir, "-o", p.Out);
        var r = tool.Run("build", p.Dir, "-o", p.Out);
        Assert.Equal(1, expected.ExitCode);
        Assert.Equal(expected.ExitCode, r.ExitCode);
        Assert.Equal(expected.Stderr, r.StdErr);
        Assert.Contains("two.md", r.StdErr);
        Assert.False(Directory.Exists(p.Out) && Directory.EnumerateFileSystemEntries(p.Out).Any());
    }

    [Fact]
    public void A_new_project_from_the_published_tool_builds()
    {
        var dir = Path.Combine(RepoPaths.TempDir("published-new"), "starter");
        Assert.Equal(0, tool.Run("new", dir).ExitCode);
        var r = tool.Run("build", dir, "-o", Path.Combine(dir, "out"));
        Assert.True(r.ExitCode == 0 && !r.StdErr.Contains("warning", StringComparison.Ordinal), r.ToString());
    }
}
