using Book.Core.Pipeline;
using Book.Core.Sources;
using Book.Layout;
using Book.Model;
using Book.Pages;

namespace Book.Build;

/// <summary>
/// The build as a library: load → resolve → typeset → write every output in memory. Nothing
/// touches the output folder until <see cref="WriteAll"/>, which writes all the files or none.
/// </summary>
public static class Publication
{
    /// <summary>
    /// Builds the project in <paramref name="projectDir"/>. Input problems are diagnostics in the
    /// result (never exceptions); an exception means a bug.
    /// </summary>
    public static BuildResult Build(string projectDir, BuildOptions options, IBuildHost? host = null)
    {
        host ??= FileSystemHost.Instance;
        var diags = options.Diagnostics ?? new DiagnosticBag();
        Typesetter.WarmUp(); // fonts and hyphenation patterns load while the project is read
        try
        {
            options.OnStage?.Invoke("Reading the project");
            var files = host.Project(projectDir);
            var book = BookLoader.Load(files, diags, options.Cache, OutputFormats.Names, out var manifest);
            options.Timings?.Mark("load");
            if (book is null || manifest is null) return Failed(diags);
            var settings = manifest.Build;
            var formats = Select(options.Formats, settings.Outputs, diags);
            // A separate cover is written beside the print edition it belongs to.
            if (settings.Binding.SeparateCover && book.Meta.Cover is not null && formats.Any(f => f is PrintOutput or PrintTrimOutput) && !formats.Any(f => f is PrintCoverOutput))
                formats = OutputFormats.All.Where(f => formats.Contains(f) || f is PrintCoverOutput).ToList();
            if (book.Meta.Cover is null && formats.Any(f => f is PrintCoverOutput))
                diags.Error(settings.Outputs.FirstOrDefault(o => o.Name == "print-cover")?.Span,
                    "the print-cover output needs covers; add cover: to book.yaml, e.g. cover: { front: typographic, back: back-cover.md }");
            var fonts = BookFonts.Resolve(settings.Font, files, host, diags);
            PrintOutput.CheckSheet(settings, diags);
            // Every picture once, before anything is set: a missing or broken file stops the build here.
            var pictures = BookPictures.Load(book, files, diags, (options.Cache as ParsedFileCache)?.Pictures);
            if (pictures.Count > 0) options.Timings?.Mark("pictures");
            var covers = CoverArt.Load(book.Meta.Cover, files, diags);
            if (diags.HasErrors || fonts is null) return Failed(diags, book);

            // The one build date, for the PDF and the e-book alike.
            var date = book.Meta.EditionDate ?? host.SourceDate;
            PageTree? tree = null;
            if (formats.Any(f => f.Needs == OutputNeeds.Pages))
            {
                options.OnStage?.Invoke("Typesetting");
                tree = Typesetter.Typeset(book, diags, new TypesetOptions(fonts.ForLayout(), date) { Pictures = pictures.Lookup, Covers = covers.ForLayout }, out _);
                options.Timings?.Mark("typeset");
                if (diags.HasErrors) return Failed(diags, book);
                HeapLimit.Release();
            }
            var input = new OutputInput(book, tree, settings, fonts, date, LinkWarnings.Reporter(book, diags)) { Pictures = pictures, Covers = covers };
            var outputs = Write(formats, input, options);
            // `-o` pointed into the project: an output named like one of its files would replace it.
            foreach (var o in outputs)
                if (files.WasRead(Path.GetFullPath(o.Path)))
                    diags.Error(null, $"the output '{o.Path}' would overwrite a file of the project; choose another output folder (-o)");
            if (diags.HasErrors) return Failed(diags, book);
            return new BuildResult { Diagnostics = diags, Book = book, Pages = tree, Settings = settings, Outputs = outputs, Pictures = pictures, Covers = covers };
        }
        catch (BookInputException e)
        {
            diags.Add(e.Diagnostic);
            return Failed(diags);
        }
    }

    /// <summary>
    /// Writes every output of a successful build into its folder, all or nothing (<see cref="AtomicFile"/>):
    /// a failure leaves every previous file as it was.
    /// </summary>
    /// <exception cref="IOException">a file or the folder could not be written</exception>
    /// <exception cref="UnauthorizedAccessException">the same, for want of permission</exception>
    /// <param name="notice">hears what the user should know while saving (waiting for another build into the same folder)</param>
    public static Saving.SaveReport WriteAll(BuildResult result, Action<string>? notice = null)
    {
        if (!result.Succeeded) throw new InvalidOperationException("a failed build has nothing to write");
        foreach (var dir in result.Outputs.Select(o => Path.GetDirectoryName(Path.GetFullPath(o.Path))!).Distinct())
            Directory.CreateDirectory(dir);
        return Saving.OutputCommit.Save(result.Outputs.Select(o => new Saving.SaveItem(o.Path, o.Content.WriteTo, o.Folder)).ToList(), notice);
    }

    /// <summary>
    /// Undoes what a build stopped in the middle of saving into <paramref name="outDir"/> left (a mix of
    /// new and previous outputs, temporaries): the previous set comes back. Nothing to do in a new folder.
    /// </summary>
    /// <exception cref="IOException">the folder is locked by another build for too long, or cannot be repaired</exception>
    public static void Recover(string outDir, Action<string>? notice = null) => Saving.OutputCommit.Recover(Path.GetFullPath(outDir), notice);

    static BuildResult Failed(DiagnosticBag diags, BookDocument? book = null) => new() { Diagnostics = diags, Book = book };

    /// <summary>The outputs in registry order; a concurrent one (the EPUB) on its own thread while the others are written.</summary>
    static List<BuiltOutput> Write(IReadOnlyList<IOutputFormat> formats, OutputInput input, BuildOptions options)
    {
        BuiltOutput Make(IOutputFormat f)
        {
            var buffer = new OutputBuffer();
            f.Write(input, buffer);
            return new BuiltOutput(f.Name, Path.Combine(options.OutDir, f.FileName(input.Book.Meta.Slug)), buffer, f.Describe(input)) { Folder = f.Folder };
        }
        var aside = formats.Where(f => f.Concurrent).Select(f => (Format: f, Task: Task.Run(() => Make(f)))).ToList();
        var done = new Dictionary<IOutputFormat, BuiltOutput>();
        foreach (var f in formats.Where(f => !f.Concurrent))
        {
            if (f.Stage is { } stage) options.OnStage?.Invoke(stage);
            done[f] = Make(f);
            options.Timings?.Mark(f.Name);
        }
        foreach (var (f, task) in aside)
        {
            if (f.Stage is { } stage) options.OnStage?.Invoke(stage);
            done[f] = task.GetAwaiter().GetResult();
            options.Timings?.Mark(f.Name);
        }
        return formats.Select(f => done[f]).ToList();
    }

    /// <summary>Which outputs to write: --format wins over book.yaml, whose names the loader already checked.</summary>
    static List<IOutputFormat> Select(string? formats, IReadOnlyList<NamedSetting> fromManifest, DiagnosticBag diags)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (formats is null)
        {
            foreach (var o in fromManifest) names.Add(o.Name);
            if (names.Count == 0) names.Add(OutputFormats.Default);
        }
        else
            foreach (var f in formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                if (OutputFormats.Find(f) is not null) names.Add(f);
                else diags.Error(null, $"unknown format '{f}' for --format; use {string.Join(", ", OutputFormats.Names)}");
        return OutputFormats.All.Where(f => names.Contains(f.Name)).ToList();
    }
}
