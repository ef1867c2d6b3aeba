using System.Collections.Concurrent;

namespace Book.Csl;

/// <summary>The styles shipped with the tool, by file name without ".csl" (e.g. "apa",
/// "chicago-notes-bibliography").</summary>
public static class BuiltInStyles
{
    const string Prefix = "Book.Csl.Styles.";
    static readonly ConcurrentDictionary<string, CslStyle> Cache = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Names { get; } = typeof(BuiltInStyles).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".csl", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^4]).Order(StringComparer.Ordinal).ToList();

    public static bool TryGet(string name, out CslStyle style)
    {
        style = null!;
        if (!Names.Contains(name)) return false;
        style = Cache.GetOrAdd(name, n =>
        {
            using var s = typeof(BuiltInStyles).Assembly.GetManifestResourceStream(Prefix + n + ".csl")!;
            using var r = new StreamReader(s);
            return CslStyle.Parse(r.ReadToEnd(), n + ".csl");
        });
        return true;
    }

    public static CslStyle Get(string name) => TryGet(name, out var s) ? s
        : throw new KeyNotFoundException($"no built-in style \"{name}\"; built-in: {string.Join(", ", Names)}");
}
