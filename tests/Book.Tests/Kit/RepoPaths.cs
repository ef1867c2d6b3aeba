namespace Book.Tests;

/// <summary>Finds the repository (the folder with Book.sln) from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();
    public static string Chapters => Path.Combine(Root, "chapters");
    public static string Templates => Path.Combine(Root, "src", "Book.Cli", "Templates");
    /// <summary>Material shared by the worktrees, beside the repository (the CommonMark spec, cmark's pathological inputs).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Book.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Book.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A fresh temporary folder under the run's <see cref="TestTemp.Root"/>, removed when the run ends.</summary>
    public static string TempDir(string prefix = "book-test") => TestTemp.Dir(prefix);

    public static void CopyDir(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        foreach (var d in Directory.GetDirectories(from)) CopyDir(d, Path.Combine(to, Path.GetFileName(d)));
    }
}
