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
        var divisions = new List<Division>();
        // The covers are divisions so the back cover's Markdown is resolved as any text is; unlisted, they stay
        // out of the contents and the navigation.
        if (manifest.Meta.Cover is not null)
            divisions.Add(new Division(DivisionKind.FrontCover, "front-cover", [new Text(manifest.Meta.Title)], null, [], []) { Listed = false });
        divisions.Add(new Division(DivisionKind.HalfTitle, "half-title", [new Text(manifest.Meta.Title)], null, [], []));
        divisions.Add(new Division(DivisionKind.TitlePage, "title-page", [new Text(manifest.Meta.Title)], null, [], []));
        if (manifest.Colophon is { } col && LoadFile(new FileRef(col, new SourceSpan(files.Display(ManifestReader.FileName), 0, 0)), DivisionKind.Colophon, null, files, extensions, diags) is { } c)
            divisions.Add(c);
        if (manifest.Dedication is { } ded && LoadFile(new FileRef(ded, new SourceSpan(files.Display(ManifestReader.FileName), 0, 0)), DivisionKind.Dedication, null, files, extensions, diags) is { } d)
            divisions.Add(d);
        divisions.Add(new Division(DivisionKind.Contents, "contents", [new Text(manifest.Meta.Locale.Contents)], null, [new ContentsBlock()], []));
        if (manifest.ListOfTables)
            divisions.Add(new Division(DivisionKind.FrontMatter, "list-of-tables", [new Text(manifest.Meta.Locale.Tables)], null, [new ListOfBlock(ListOfKind.Tables)], []));
        if (manifest.ListOfFigures)
            divisions.Add(new Division(DivisionKind.FrontMatter, "list-of-figures", [new Text(manifest.Meta.Locale.Figures)], null, [new ListOfBlock(ListOfKind.Figures)], []));
        foreach (var f in manifest.FrontMatter)
            if (LoadFile(f, DivisionKind.FrontMatter, null, files, extensions, diags) is { } fm) divisions.Add(fm);

        // Chapters are independent: parse them in parallel, keep book order.
        var chapters = new Division?[manifest.Chapters.Count];
        Parallel.For(0, chapters.Length, i =>
            chapters[i] = LoadFile(manifest.Chapters[i], DivisionKind.Chapter, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), files, extensions, diags));
        divisions.AddRange(Renumber(chapters.OfType<Division>()));

        // Appendices are lettered A, B, C… in order (tables in B are B.1, B.2); the bibliography and the
        // index are back matter, not appendices a reader looks up by letter, and an unnumbered title ({-}) takes no letter.
        int letters = 0;
        string Letter() => ((char)('A' + letters)).ToString();
        foreach (var a in manifest.Appendices)
        {
            if (a.Generated is not { } kind)
            {
                if (LoadFile(a, DivisionKind.Appendix, Letter(), files, extensions, diags) is { } ap)
                {
                    if (ap.Number is not null) letters++;
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
            divisions.Add(BackCover(manifest, files, extensions, diags));
        if (diags.HasErrors) return null;

        var book = new BookDocument(manifest.Meta, divisions);
        book = Resolver.Resolve(book, files, manifest, diags);
        return diags.HasErrors ? null : book;
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
