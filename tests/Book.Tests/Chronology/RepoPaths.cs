namespace Book.Tests.Chronology;

/// <summary>Finds the repository root (the folder with Book.sln) from the test binaries.</summary>
static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Book.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Book.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Chapters => Path.Combine(Root, "chapters");
}
