using System.IO.Compression;

namespace Book.Tests.Cli;

/// <summary>
/// The packed tool, installed the way a user installs it, builds the booklet. Packs the Book.Cli
/// this test run already built (no second compile), so it takes seconds, not minutes; the
/// "Tool" category lets CI run or skip it on its own (--filter Category=Tool).
/// </summary>
[Trait("Category", "Tool")]
// Slow: dotnet pack and dotnet tool install.
[Trait("Category", "Slow")]
public sealed class ToolPackageTests
{
#if DEBUG
    const string Configuration = "Debug";
#else
    const string Configuration = "Release";
#endif

    static (int Code, string Out, string Err) Run(string file, string workingDir, params string[] args)
    {
        // The tool and `dotnet` keep the machine's locale here, as a user's would (LC_ALL unset).
        var r = ProcessRunner.Run(file, args, new ProcessRunner.Options(workingDir,
            new Dictionary<string, string?> { ["NO_COLOR"] = "1", ["LC_ALL"] = null }, TimeSpan.FromMinutes(3)));
        return (r.ExitCode, r.StdOut, r.StdErr);
    }

    [Fact]
    public void The_packed_tool_installs_from_a_local_folder_and_builds_the_booklet()
    {
        var tmp = RepoPaths.TempDir("book-tool");
        var pkgDir = Path.Combine(tmp, "pkg"); var toolDir = Path.Combine(tmp, "tools");
        var pack = Run("dotnet", RepoPaths.Root, "pack", Path.Combine("src", "Book.Cli"), "-c", Configuration, "--no-build", "-o", pkgDir);
        Assert.True(pack.Code == 0, pack.Out + pack.Err);
        var version = global::Book.Cli.Commands.Version;
        var nupkg = Path.Combine(pkgDir, $"Book.Cli.{version}.nupkg");
        Assert.True(File.Exists(nupkg), string.Join(", ", Directory.GetFiles(pkgDir)));

        // Fonts and hyphenation patterns travel inside the assemblies; only their licences are loose files.
        using (var zip = ZipFile.OpenRead(nupkg))
        {
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("tools/net10.0/any/book.dll", names);
            Assert.Contains("licences/Literata-OFL.txt", names);
            Assert.DoesNotContain(names, n => n.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || n.EndsWith(".tex", StringComparison.Ordinal));
        }

        var install = Run("dotnet", tmp, "tool", "install", "Book.Cli", "--tool-path", toolDir, "--add-source", pkgDir,
            "--version", version, "--ignore-failed-sources");
        Assert.True(install.Code == 0, install.Out + install.Err);
        var book = Path.Combine(toolDir, OperatingSystem.IsWindows() ? "book.exe" : "book");

        Assert.Equal(version, Run(book, tmp, "--version").Out.Trim());

        // The booklet, from a copy, with the current folder somewhere else entirely.
        var project = Path.Combine(tmp, "booklet");
        RepoPaths.CopyDir(RepoPaths.Chapters, project);
        var outDir = Path.Combine(tmp, "out");
        var build = Run(book, tmp, "build", project, "-o", outDir, "--format", "pdf,epub");
        Assert.True(build.Code == 0, build.Out + build.Err);
        var pdf = Path.Combine(outDir, "khojaly-1992.pdf");
        Assert.Contains($"wrote {pdf} (", build.Out);
        Assert.True(File.Exists(Path.Combine(outDir, "khojaly-1992.epub")));
        Assert.Contains("Khojaly", CliTestKit.PdfText(pdf));
        Assert.All(PdfProbe.PdfFonts(pdf), f => Assert.True(f.Embedded && f.Subset, f.Name));

        // The starter project travels inside too.
        var started = Run(book, tmp, "new", "starter");
        Assert.True(started.Code == 0, started.Err);
        var built = Run(book, tmp, "build", "starter", "-o", Path.Combine(tmp, "starter-out"), "--format", "pdf");
        Assert.True(built.Code == 0 && built.Err == "", built.Err);
    }
}
