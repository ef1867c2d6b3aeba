namespace Book.Tests.Build;

/// <summary>A one-chapter project in a temporary folder, with book.yaml lines and files of a test's choosing.</summary>
static class BuildTestProject
{
    public static string Create(string chapter = "# One\n\nA line of text.\n", string yaml = "")
    {
        var dir = RepoPaths.TempDir("book-build");
        File.WriteAllText(Path.Combine(dir, "book.yaml"), "title: Test Book\nslug: test-book\ndate: 2026-02-26\nchapters: [one.md]\n" + yaml);
        File.WriteAllText(Path.Combine(dir, "one.md"), chapter);
        return dir;
    }
}
