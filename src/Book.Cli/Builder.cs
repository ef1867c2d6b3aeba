using System.Diagnostics;
using Book.Model;
using Book.Core.Project;
using Book.Layout;
using Book.Pdf;
using Book.Pdf.Print;

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
        var timings = new StageTimings(); // BOOK_TIMINGS=1: time per stage on stderr
        Typesetter.WarmUp(); // fonts and hyphenation patterns load while the project is read
        try
        {
            ctx.Stage("Reading the project");
            var book = BookLoader.Load(projectDir, diags, ctx.Cache);
            timings.Mark("load");
            if (book is null) return Report(diags, stdout, stderr, Commands.InputError, ctx, total);
            var outputs = Outputs.Select(formats, book.Meta.Outputs, diags);
            if (diags.HasErrors) return Report(diags, stdout, stderr, Commands.InputError, ctx, total);

            ctx.Stage("Typesetting");
            var tree = Typesetter.Typeset(book, diags);
            timings.Mark("typeset");
            if (diags.HasErrors) return Report(diags, stdout, stderr, Commands.InputError, ctx, total);
            var files = new List<(string Path, OutputBuffer Bytes, string What)>();
            // The EPUB needs only the book and where its pages broke: it is written on another
            // thread while the PDFs are (it reads what they read and changes nothing).
            var epub = outputs.Contains("epub") ? Task.Run(() =>
            {
                var (breaks, labels) = PageMap.From(book, tree);
                var options = new Book.Epub.EpubOptions { Fonts = Book.Epub.EpubFont.BundledLiterata(), PageBreaks = breaks, PageLabels = labels };
                var ms = new OutputBuffer();
                Book.Epub.EpubWriter.Write(book, ms, options);
                return ms;
            }) : null;
            if (outputs.Contains("pdf"))
            {
                ctx.Stage("Writing the PDF");
                var ms = new OutputBuffer();
                PdfWriter.Write(tree, ms, new PdfWriteOptions(Archival: book.Meta.PdfA));
                files.Add((Path.Combine(outDir, book.Meta.Slug + ".pdf"), ms, $"{tree.Pages.Count} pages"));
                timings.Mark("pdf");
            }
            if (outputs.Contains("print"))
            {
                var ms = new OutputBuffer();
                BookletWriter.Write(tree, ms, new PrintWriteOptions(Creep: book.Meta.Creep));
                int sides = SaddleStitch.PaddedCount(tree.Pages.Count) / 2;
                files.Add((Path.Combine(outDir, book.Meta.Slug + "-print.pdf"), ms, $"{sides} sides of A4, print both sides flipping on the short edge"));
                timings.Mark("print");
            }
            if (outputs.Contains("print-trim"))
            {
                var ms = new OutputBuffer();
                TrimWriter.Write(tree, ms);
                files.Add((Path.Combine(outDir, book.Meta.Slug + "-print-trim.pdf"), ms, $"{tree.Pages.Count} pages with 3 mm bleed and crop marks"));
                timings.Mark("print-trim");
            }
            if (epub is not null)
            {
                ctx.Stage("Writing the EPUB");
                files.Add((Path.Combine(outDir, book.Meta.Slug + ".epub"), epub.GetAwaiter().GetResult(), $"{book.Divisions.Count} sections"));
                timings.Mark("epub");
            }
            if (write)
            {
                try
                {
                    Directory.CreateDirectory(outDir);
                    AtomicFile.WriteAll(files.Select(f => (f.Path, f.Bytes)).ToList());
                    timings.Mark("save");
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    diags.Error(new Book.Model.SourceSpan(outDir, 0, 0), $"cannot write the outputs: {e.Message} The previous files are unchanged.");
                    return Report(diags, stdout, stderr, Commands.InputError, ctx, total);
                }
            }
            var written = files.Select(f => new WrittenFile(f.Path, f.What)).ToList();
            timings.Report(stderr);
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
    static int _counter;

    public static void Write(string path, byte[] bytes) => WriteAll([(path, bytes)]);

    /// <inheritdoc cref="WriteAll(IReadOnlyList{ValueTuple{string, byte[]}})"/>
    public static void WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> files) =>
        WriteAll(files.Select(f => (f.Path, (Action<Stream>)(s => s.Write(f.Bytes)))).ToList());

    /// <summary>
    /// Writes every file to its temporary first and renames only when all are written, so one failure
    /// leaves every earlier output as it was (a PDF never newer than its EPUB). A destination that is a
    /// folder is refused before any rename. Temporaries are removed whatever happens.
    /// </summary>
    public static void WriteAll(IReadOnlyList<(string Path, OutputBuffer Content)> files) =>
        WriteAll(files.Select(f => (f.Path, (Action<Stream>)f.Content.CopyTo)).ToList());

    /// <summary>As the other overloads, each file's content given by what writes it to a stream.</summary>
    public static void WriteAll(IReadOnlyList<(string Path, Action<Stream> Write)> files)
    {
        var temps = new List<(string Tmp, string Path)>();
        try
        {
            foreach (var (path, write) in files)
            {
                var full = Path.GetFullPath(path);
                if (Directory.Exists(full)) throw new IOException($"'{path}' is a folder.");
                // Unique per build, even for builds running side by side in one process (watch, tests).
                var tmp = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".tmp-"
                    + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-"
                    + Interlocked.Increment(ref _counter).ToString(System.Globalization.CultureInfo.InvariantCulture));
                temps.Add((tmp, full));
                using (var stream = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None))
                    write(stream);
            }
            foreach (var (tmp, full) in temps) File.Move(tmp, full, overwrite: true);
        }
        finally
        {
            foreach (var (tmp, _) in temps)
                if (File.Exists(tmp)) File.Delete(tmp);
        }
    }
}
