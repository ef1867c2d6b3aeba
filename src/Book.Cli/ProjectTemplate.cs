using Book.Model;
using Book.Core.Pipeline;
using Book.Core.Sources;

namespace Book.Cli;

/// <summary>
/// `book new`: writes the starter project embedded in the tool (src/Book.Cli/Templates) —
/// a chapter that uses every feature in a few lines, with the files it needs — so a new
/// user has something that builds at once and shows the syntax by example. With a language
/// (<c>--language az</c>) book.yaml says it and, for az, tr and ru, the chapter and the chronology
/// are written in it (src/Book.Cli/TemplatesLang); other languages get the English sample text.
/// </summary>
public static class ProjectTemplate
{
    const string Prefix = "template/";
    const string LanguagePrefix = "template-lang/";

    /// <summary>The template's files: project-relative path (forward slashes) → text.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(string title, string language = "en")
    {
        var asm = typeof(ProjectTemplate).Assembly;
        var names = asm.GetManifestResourceNames();
        var primary = LanguageTag.Primary(language);
        var overlay = LanguagePrefix + primary + "/";
        var list = new List<(string, string)>();
        foreach (var name in names.Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var path = name[Prefix.Length..].Replace('\\', '/');
            // The language's own version of a file, where there is one.
            var own = overlay + path;
            using var s = asm.GetManifestResourceStream(names.Contains(own) ? own : name)!;
            using var r = new StreamReader(s, new System.Text.UTF8Encoding(false));
            list.Add((path, Fill(r.ReadToEnd(), title, language)));
        }
        return list;
    }

    /// <summary>True when the starter chapter is written in <paramref name="language"/> (not only English).</summary>
    public static bool HasText(string language) =>
        typeof(ProjectTemplate).Assembly.GetManifestResourceNames().Any(n => n.StartsWith(LanguagePrefix + LanguageTag.Primary(language) + "/", StringComparison.Ordinal));

    static string Fill(string text, string title, string language) => text
        .Replace("{{title}}", YamlQuoted(title), StringComparison.Ordinal)
        .Replace("{{slug}}", Slug.From(title, language), StringComparison.Ordinal)
        .Replace("{{language}}", language, StringComparison.Ordinal);

    /// <summary>The title goes inside double quotes in book.yaml.</summary>
    static string YamlQuoted(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    public static int Create(string dir, string? title, TextWriter stdout, TextWriter stderr) => Create(dir, title, null, stdout, stderr);

    public static int Create(string dir, string? title, string? language, TextWriter stdout, TextWriter stderr)
    {
        language ??= "en";
        if (!LanguageTag.IsWellFormed(language))
        {
            stderr.WriteLine($"error: --language: {TerminalText.Safe(LanguageTag.Problem(language))}");
            return Commands.UsageError;
        }
        if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
        {
            stderr.WriteLine($"{TerminalText.Safe(dir)}: error: the folder is not empty; choose a new folder for the project");
            return Commands.InputError;
        }
        if (NotAFolder(dir) is { } what)
        {
            stderr.WriteLine($"{TerminalText.Safe(dir)}: error: {what}; choose a new folder for the project");
            return Commands.InputError;
        }
        title ??= TitleFrom(dir);
        if (string.IsNullOrWhiteSpace(title) || title.Any(char.IsControl))
        {
            stderr.WriteLine("error: the title must be one line of text");
            return Commands.UsageError;
        }
        var files = Files(title.Trim(), language);
        bool created = !Directory.Exists(dir);
        var written = new List<string>();
        try
        {
            foreach (var (path, text) in files)
            {
                var full = Path.Combine(dir, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text.ReplaceLineEndings("\n"));
                written.Add(full);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Half a project is worse than none: take back what was written.
            foreach (var f in written) try { File.Delete(f); } catch (Exception) { }
            if (created) try { Directory.Delete(dir, recursive: true); } catch (Exception) { }
            stderr.WriteLine($"{TerminalText.Safe(dir)}: error: cannot create the project: {TerminalText.Safe(e.Message)}");
            return Commands.InputError;
        }
        stdout.WriteLine($"created {TerminalText.Safe(dir)} ({files.Count} files)");
        if (!HasText(language) && !language.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            stdout.WriteLine($"the book's language is {TerminalText.Safe(language)}; the sample chapter is in English (written in: az, tr, ru)");
        foreach (var (path, _) in files) stdout.WriteLine("  " + path);
        stdout.WriteLine();
        stdout.WriteLine("Next:");
        stdout.WriteLine($"  book build {Quote(dir)}        # writes {Path.Combine("out", Slug.From(title.Trim(), language))}.pdf and .epub");
        stdout.WriteLine($"  book watch {Quote(dir)}        # rebuilds on every save");
        return Commands.Ok;
    }

    /// <summary>Why <paramref name="dir"/> cannot become the project's folder, or null when it can.</summary>
    static string? NotAFolder(string dir)
    {
        var full = Path.GetFullPath(dir);
        var info = new FileInfo(full);
        if (info.LinkTarget is not null && !Directory.Exists(full)) return "it is a symbolic link to a place that does not exist";
        if (File.Exists(full)) return "it is a file, not a folder";
        // A parent that is a file: nothing can be created under it.
        for (var parent = Path.GetDirectoryName(full); parent is not null; parent = Path.GetDirectoryName(parent))
            if (File.Exists(parent)) return $"'{parent}' is a file, so no folder can be made inside it";
        return null;
    }

    /// <summary>"my-first-book" → "My first book": a title until the user gives one.</summary>
    static string TitleFrom(string dir)
    {
        var name = Path.GetFileName(Path.GetFullPath(dir).TrimEnd('/', '\\')).Replace('-', ' ').Replace('_', ' ').Trim();
        if (name.Length == 0) return "My Book";
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    static string Quote(string s) => s.Any(char.IsWhiteSpace) ? "\"" + s + "\"" : s;
}
