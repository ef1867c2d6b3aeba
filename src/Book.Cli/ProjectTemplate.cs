using Book.Model;
using Book.Core.Pipeline;
using Book.Core.Sources;

namespace Book.Cli;

/// <summary>
/// `book new`: writes the starter project embedded in the tool (src/Book.Cli/Templates) —
/// a chapter that uses every feature in a few lines, with the files it needs — so a new
/// user has something that builds at once and shows the syntax by example.
/// </summary>
public static class ProjectTemplate
{
    const string Prefix = "template/";

    /// <summary>The template's files: project-relative path (forward slashes) → text.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(string title)
    {
        var asm = typeof(ProjectTemplate).Assembly;
        var list = new List<(string, string)>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var s = asm.GetManifestResourceStream(name)!;
            using var r = new StreamReader(s, new System.Text.UTF8Encoding(false));
            var path = name[Prefix.Length..].Replace('\\', '/');
            list.Add((path, Fill(r.ReadToEnd(), title)));
        }
        return list;
    }

    static string Fill(string text, string title) => text
        .Replace("{{title}}", YamlQuoted(title), StringComparison.Ordinal)
        .Replace("{{slug}}", Slug.From(title), StringComparison.Ordinal);

    /// <summary>The title goes inside double quotes in book.yaml.</summary>
    static string YamlQuoted(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    public static int Create(string dir, string? title, TextWriter stdout, TextWriter stderr)
    {
        if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
        {
            stderr.WriteLine($"{TerminalText.Safe(dir)}: error: the folder is not empty; choose a new folder for the project");
            return Commands.InputError;
        }
        title ??= TitleFrom(dir);
        if (string.IsNullOrWhiteSpace(title) || title.Any(char.IsControl))
        {
            stderr.WriteLine("error: the title must be one line of text");
            return Commands.UsageError;
        }
        var files = Files(title.Trim());
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text.ReplaceLineEndings("\n"));
        }
        stdout.WriteLine($"created {TerminalText.Safe(dir)} ({files.Count} files)");
        foreach (var (path, _) in files) stdout.WriteLine("  " + path);
        stdout.WriteLine();
        stdout.WriteLine("Next:");
        stdout.WriteLine($"  book build {Quote(dir)}        # writes {Path.Combine("out", Slug.From(title.Trim()))}.pdf and .epub");
        stdout.WriteLine($"  book watch {Quote(dir)}        # rebuilds on every save");
        return Commands.Ok;
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
