using System.Diagnostics;
using Book.Core;
using Book.Core.Project;
using Book.Layout;
using Book.Pdf;

namespace Book.Cli;

/// <summary>One build: load → resolve → typeset → write, each output written atomically.</summary>
public static class Builder
{
    /// <param name="ctx">how to report and what to reuse (book watch keeps one cache across builds); null for a plain build</param>
    public static int Build(string projectDir, string outDir, string? formats, bool write, TextWriter stdout, TextWriter stderr, BuildContext? ctx = null)
    {
        ctx ??= new BuildContext();
        ctx.Writes = write;
        var diags = new DiagnosticBag();
        var total = Stopwatch.StartNew();
        try
        {
            ctx.Stage("Reading the project");
            var book = BookLoader.Load(projectDir, diags, ctx.Cache);
            if (book is null) return Report(diags, stdout, stderr, Commands.InputError, ctx, total);
            var outputs = Outputs.Select(formats, book.Meta.Outputs, diags);
            if (diags.HasErrors) return Report(diags, stdout, stderr, Commands.InputError, ctx, total);

            ctx.Stage("Typesetting");
            var tree = Typesetter.Typeset(book, diags);
            if (diags.HasErrors) return Report(diags, stdout, stderr, Commands.InputError, ctx, total);
            var files = new List<(string Path, byte[] Bytes, string What)>();
            if (outputs.Contains("pdf"))
            {
                ctx.Stage("Writing the PDF");
                using var ms = new MemoryStream();
                PdfWriter.Write(tree, ms);
                files.Add((Path.Combine(outDir, book.Meta.Slug + ".pdf"), ms.ToArray(), $"{tree.Pages.Count} pages"));
            }
            if (outputs.Contains("epub"))
            {
                ctx.Stage("Writing the EPUB");
                var (breaks, labels) = PageMap.From(book, tree);
                var options = new Book.Epub.EpubOptions { Fonts = Book.Epub.EpubFont.BundledLiterata(), PageBreaks = breaks, PageLabels = labels };
                using var ms = new MemoryStream();
                Book.Epub.EpubWriter.Write(book, ms, options);
                files.Add((Path.Combine(outDir, book.Meta.Slug + ".epub"), ms.ToArray(), $"{book.Divisions.Count} sections"));
            }
            if (write)
            {
                Directory.CreateDirectory(outDir);
                foreach (var (path, bytes, _) in files) AtomicFile.Write(path, bytes);
            }
            var written = files.Select(f => new WrittenFile(f.Path, f.What)).ToList();
            return Report(diags, stdout, stderr, Commands.Ok, ctx, total, written);
        }
        catch (BookInputException e)
        {
            diags.Add(e.Diagnostic);
            return Report(diags, stdout, stderr, Commands.InputError, ctx, total);
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("BOOK_DEBUG") is null)
        {
            // Never a stack trace for a user; BOOK_DEBUG=1 shows it for us.
            diags.Error(null, $"internal error ({e.GetType().Name}: {e.Message}); nothing was written. Please report this with the input that caused it.");
            Report(diags, stdout, stderr, Commands.InputError, ctx, total);
            ctx.Outcome = ctx.Outcome! with { ExitCode = Commands.InternalError };
            return Commands.InternalError;
        }
    }

    /// <summary>Diagnostics, then the closing summary; records the outcome for book watch.</summary>
    static int Report(DiagnosticBag diags, TextWriter stdout, TextWriter stderr, int code, BuildContext ctx, Stopwatch total,
        IReadOnlyList<WrittenFile>? files = null)
    {
        var items = diags.Items;
        int errors = items.Count(d => d.Severity == Severity.Error), warnings = items.Count - errors;
        code = errors > 0 ? Math.Max(code, Commands.InputError) : code;
        var outcome = new BuildOutcome(code, total.Elapsed, errors, warnings, code == Commands.Ok ? files ?? [] : [], ctx.Writes);
        ctx.Outcome = outcome;
        Reporter.Diagnostics(items, stdout, stderr, ctx.Style);
        Reporter.Summary(outcome, stdout, stderr, ctx.Style);
        return code;
    }
}

/// <summary>Which outputs to write: --format wins over book.yaml.</summary>
public static class Outputs
{
    public static readonly string[] Known = ["pdf", "print", "print-trim", "epub"];

    public static HashSet<string> Select(string? formats, IReadOnlyList<string> fromManifest, DiagnosticBag diags)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (formats is null) { foreach (var f in fromManifest) set.Add(f); return set; }
        foreach (var f in formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (Known.Contains(f)) set.Add(f);
            else diags.Error(null, $"unknown format '{f}' for --format; use {string.Join(", ", Known)}");
        return set;
    }
}

/// <summary>Writes a file by way of a temporary beside it and a rename, so a failed build never leaves half a file.</summary>
public static class AtomicFile
{
    public static void Write(string path, byte[] bytes)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var tmp = Path.Combine(dir, "." + Path.GetFileName(path) + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            File.WriteAllBytes(tmp, bytes);
            File.Move(tmp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp)) File.Delete(tmp);
        }
    }
}
