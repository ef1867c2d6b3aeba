namespace Book.Tests;

/// <summary>Every file of an output folder, by relative path, to show a save left the old set or the new set whole.</summary>
public static class OutputSnapshot
{
    public static Dictionary<string, byte[]> Take(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes, StringComparer.Ordinal);

    /// <summary>The folder holds exactly <paramref name="expected"/>: the same names, the same bytes, nothing more.</summary>
    public static void AssertSame(Dictionary<string, byte[]> expected, string dir)
    {
        var actual = Take(dir);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in expected) Assert.True(bytes.AsSpan().SequenceEqual(actual[name]), $"{name} differs");
    }
}
