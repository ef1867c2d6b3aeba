using Book.Core.Data;
using Book.Core.Markdown;
using Book.Core.Sources;
using Book.Model;

namespace Book.Core.Pipeline;

/// <summary>
/// Loads a project folder into a resolved <see cref="BookDocument"/>: manifest, chapters,
/// generated front matter and appendices, numbering, cross-references and citations.
/// Returns null when there were errors (all of them are in the bag).
/// </summary>
public static class BookLoader
{
    public static BookDocument? Load(string projectDir, DiagnosticBag diags) => Load(projectDir, diags, null);

    /// <summary>As above; <paramref name="cache"/> (book watch) reuses the parses of files that did not change.</summary>
    public static BookDocument? Load(string projectDir, DiagnosticBag diags, IParsedFileCache? cache) =>
        Load(new ProjectFiles(projectDir), diags, cache, null, out _);

    /// <summary>
    /// As above, reading through <paramref name="files"/> (the build host's view of the project).
    /// <paramref name="manifestRead"/> is what book.yaml said, including the build settings, when it could be read.
    /// </summary>
    /// <param name="knownOutputs">the output names the build can write; null accepts any</param>
    public static BookDocument? Load(ProjectFiles files, DiagnosticBag diags, IParsedFileCache? cache, IReadOnlyList<string>? knownOutputs, out Manifest? manifestRead)
    {
        manifestRead = null;
        var projectDir = files.Given;
        if (!Directory.Exists(projectDir))
        {
            diags.Error(new SourceSpan(projectDir, 0, 0), "project folder not found; pass the folder that holds book.yaml");
            return null;
        }
        if (!files.Exists(ManifestReader.FileName))
        {
            diags.Error(new SourceSpan(files.Display(ManifestReader.FileName), 0, 0), $"no book.yaml in '{projectDir}'; every project needs one with a title and a chapters list");
            return null;
        }
        var yaml = files.ReadText(ManifestReader.FileName, null, diags);
        if (yaml is null) return null;
        var manifest = manifestRead = ManifestReader.Read(yaml, diags, files.Display(ManifestReader.FileName), knownOutputs);
        if (manifest is null || diags.HasErrors) return null;

        var extensions = new Extensions(new DataBlocks(files, manifest.Meta), manifest.Meta, yaml, cache);
        // What the resolve stages read from the project alone (bibliography, style, chronology) is read meanwhile.
        var context = new ResolveContext(files, manifest, diags);
        Resolver.Default.Prepare(context);
        var parsed = ParseAll(manifest, files, extensions, diags);

        var divisions = new List<Division>();
        // The covers are divisions so the back cover's Markdown is resolved as any text is; unlisted, they stay
        // out of the contents and the navigation.
        if (manifest.Meta.Cover is not null)
            divisions.Add(new Division(DivisionKind.FrontCover, "front-cover", [new Text(manifest.Meta.Title)], null, [], []) { Listed = false });
        divisions.Add(new Division(DivisionKind.HalfTitle, "half-title", [new Text(manifest.Meta.Title)], null, [], []));
        divisions.Add(new Division(DivisionKind.TitlePage, "title-page", [new Text(manifest.Meta.Title)], null, [], []));
        if (parsed.Colophon is { } c) divisions.Add(c);
        if (parsed.Dedication is { } d) divisions.Add(d);
        divisions.Add(new Division(DivisionKind.Contents, "contents", [new Text(manifest.Meta.Locale.Contents)], null, [new ContentsBlock()], []));
        if (manifest.ListOfTables)
            divisions.Add(new Division(DivisionKind.FrontMatter, "list-of-tables", [new Text(manifest.Meta.Locale.Tables)], null, [new ListOfBlock(ListOfKind.Tables)], []));
        if (manifest.ListOfFigures)
            divisions.Add(new Division(DivisionKind.FrontMatter, "list-of-figures", [new Text(manifest.Meta.Locale.Figures)], null, [new ListOfBlock(ListOfKind.Figures)], []));
        divisions.AddRange(parsed.FrontMatter.OfType<Division>());
        divisions.AddRange(Renumber(parsed.Chapters.OfType<Division>()));

        // Appendices are lettered A, B, C… in order (tables in B are B.1, B.2); the bibliography and the
        // index are back matter, not appendices a reader looks up by letter, and an unnumbered title ({-}) takes no letter.
        int letters = 0;
        string Letter() => ((char)('A' + letters)).ToString();
        for (int i = 0; i < manifest.Appendices.Count; i++)
        {
            var a = manifest.Appendices[i];
            if (a.Generated is not { } kind)
            {
                if (parsed.Appendices[i] is { } ap)
                {
                    if (ap.Number is not null) { ap = ap.Number == Letter() ? ap : ap with { Number = Letter() }; letters++; }
                    divisions.Add(ap);
                }
                continue;
            }
            // Generated appendices take their place here, empty; the resolve stages find them by kind and fill them.
            var letter = kind == GeneratedAppendix.Chronology ? Letter() : null;
            if (letter is not null) letters++;
            divisions.Add(new Division(DivisionKind.Appendix, a.Path, [new Text(GeneratedAppendices.Title(kind, manifest.Meta.Locale))], letter, [], []) { Span = a.Span, Generated = kind });
        }
        if (manifest.Meta.Cover is not null)
            divisions.Add(parsed.BackCover ?? new Division(DivisionKind.BackCover, "back-cover", [], null, [], []) { Listed = false });
        if (diags.HasErrors)
        {
            context.EndPreparing();
            return null;
        }

        var book = Resolver.Default.Run(new BookDocument(manifest.Meta, divisions), context);
        return diags.HasErrors ? null : book;
    }

    /// <summary>The project's Markdown files, parsed.</summary>
    sealed class ParsedFiles
    {
        public Division? Colophon, Dedication, BackCover;
        public Division?[] FrontMatter = [], Chapters = [], Appendices = [];
    }

    /// <summary>
    /// Every Markdown file of the book is independent of the others: all are parsed in parallel, each
    /// into its place. Chapters and appendices are numbered here as if all were numbered; the loader
    /// renumbers them once it knows which are not.
    /// </summary>
    static ParsedFiles ParseAll(Manifest manifest, ProjectFiles files, Extensions ext, DiagnosticBag diags)
    {
        var p = new ParsedFiles
        {
            FrontMatter = new Division?[manifest.FrontMatter.Count],
            Chapters = new Division?[manifest.Chapters.Count],
            Appendices = new Division?[manifest.Appendices.Count],
        };
        var inBookYaml = new SourceSpan(files.Display(ManifestReader.FileName), 0, 0);
        var work = new List<Action>();
        if (manifest.Colophon is { } col)
            work.Add(() => p.Colophon = LoadFile(new FileRef(col, inBookYaml), DivisionKind.Colophon, null, files, ext, diags));
        if (manifest.Dedication is { } ded)
            work.Add(() => p.Dedication = LoadFile(new FileRef(ded, inBookYaml), DivisionKind.Dedication, null, files, ext, diags));
        for (int i = 0; i < manifest.FrontMatter.Count; i++)
        {
            int k = i;
            work.Add(() => p.FrontMatter[k] = LoadFile(manifest.FrontMatter[k], DivisionKind.FrontMatter, null, files, ext, diags));
        }
        for (int i = 0; i < manifest.Chapters.Count; i++)
        {
            int k = i;
            work.Add(() => p.Chapters[k] = LoadFile(manifest.Chapters[k], DivisionKind.Chapter, (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), files, ext, diags));
        }
        for (int i = 0; i < manifest.Appendices.Count; i++)
        {
            int k = i;
            if (manifest.Appendices[k].Generated is null)
                work.Add(() => p.Appendices[k] = LoadFile(manifest.Appendices[k], DivisionKind.Appendix, "A", files, ext, diags));
        }
        if (manifest.Meta.Cover is not null)
            work.Add(() => p.BackCover = BackCover(manifest, files, ext, diags));
        Parallel.For(0, work.Count, i => work[i]());
        return p;
    }

    static Division? LoadFile(FileRef f, DivisionKind kind, string? number, ProjectFiles files, Extensions ext, DiagnosticBag diags)
    {
        var text = files.ReadText(f.Path, f.Span, diags);
        if (text is null) return null;
        if (ext.Cache is null) return Parse(f, kind, number, text, files, ext.Data, diags);
        // The parse may read data files (CSV tables, charts); they are observed so a change to one invalidates it.
        return ext.Cache.GetOrParse(string.Join('|', f.Path, kind, number), [text, ext.ManifestText], diags,
            (bag, onRead) => Parse(f, kind, number, text, files, new DataBlocks(files.Observed(onRead), ext.Meta), bag));
    }

    sealed record Extensions(IBlockExtensions Data, BookMetadata Meta, string ManifestText, IParsedFileCache? Cache);

    static Division? Parse(FileRef f, DivisionKind kind, string? number, string text, ProjectFiles files, IBlockExtensions ext, DiagnosticBag diags,
        SourceSpan? inBookYaml = null)
    {
        // Text written in book.yaml is reported against book.yaml (at the key), not a file that does not exist.
        var display = inBookYaml?.File ?? files.Display(f.Path);
        var baseId = "d-" + Slug.From(Path.GetFileNameWithoutExtension(f.Path));
        var parsed = new ChapterParser(display, baseId, diags, ext).Parse(text);
        if (parsed.Title.Count == 0 && !parsed.Unreadable && kind is DivisionKind.Chapter or DivisionKind.Appendix or DivisionKind.FrontMatter)
            diags.Error(new SourceSpan(display, 1, 1), "the file has no title; start it with a level-1 heading such as '# The siege {#sec:siege}'");
        return new Division(kind, parsed.Id ?? baseId, parsed.Title, parsed.TitleNumbered ? number : null, parsed.Blocks, parsed.Notes)
        {
            Span = parsed.TitleSpan ?? new SourceSpan(display, 1, 1),
            Listed = parsed.TitleListed,
        };
    }

    /// <summary>The back cover: its Markdown from a file or from book.yaml itself, or nothing but the cover (a picture, the background).</summary>
    static Division BackCover(Manifest manifest, ProjectFiles files, Extensions ext, DiagnosticBag diags)
    {
        var empty = new Division(DivisionKind.BackCover, "back-cover", [], null, [], []) { Listed = false };
        if (manifest.BackCover is not { } back) return empty;
        Division? parsed = back.File is { } file
            ? LoadFile(new FileRef(file, back.Span), DivisionKind.BackCover, null, files, ext, diags)
            : Parse(new FileRef("back-cover.md", back.Span), DivisionKind.BackCover, null, back.Inline!, files, ext.Data, diags, back.Span);
        return parsed is null ? empty : parsed with { Id = "back-cover", Listed = false };
    }

    /// <summary>Chapters count only the numbered ones: after an unnumbered chapter ("# Prelude {-}") the next is still the one after the last number.</summary>
    static IEnumerable<Division> Renumber(IEnumerable<Division> chapters)
    {
        int n = 0;
        foreach (var c in chapters)
        {
            if (c.Number is null) { yield return c; continue; }
            var number = (++n).ToString(System.Globalization.CultureInfo.InvariantCulture);
            yield return c.Number == number ? c : c with { Number = number };
        }
    }
}
