using System.Text;
using System.Text.RegularExpressions;

namespace Book.Tests.Architecture;

/// <summary>
/// Which Book.* namespace uses which, read from the source text of src/: each file's namespace, its
/// <c>using Book.…</c> directives (plain ones where a type of that namespace is named; static and alias), qualified references such as
/// <c>Book.Core.Sources.ManifestReader</c> or <c>Core.Sources.ManifestReader</c> (resolved as C# does,
/// against the enclosing namespaces), and types of an enclosing namespace used without a using.
/// Comments and string literals are ignored.
/// </summary>
public sealed partial class NamespaceGraph
{
    /// <summary>from → to → one file that shows the edge.</summary>
    public Dictionary<string, Dictionary<string, string>> Edges { get; } = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Namespaces => _types.Keys;

    readonly Dictionary<string, HashSet<string>> _types = new(StringComparer.Ordinal);

    public static NamespaceGraph Read(string srcDir)
    {
        var files = Directory.EnumerateFiles(srcDir, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path: Path.GetRelativePath(srcDir, f), Code: StripCommentsAndStrings(File.ReadAllText(f))))
            .Select(f => (f.Path, f.Code, Namespace: NamespaceDecl().Match(f.Code) is { Success: true } m ? m.Groups[1].Value : ""))
            .Where(f => f.Namespace.StartsWith("Book", StringComparison.Ordinal))
            .ToList();
        var g = new NamespaceGraph();
        foreach (var f in files)
        {
            if (!g._types.TryGetValue(f.Namespace, out var set)) g._types[f.Namespace] = set = new(StringComparer.Ordinal);
            foreach (Match m in TypeDecl().Matches(f.Code)) set.Add(m.Groups[1].Value);
        }
        foreach (var f in files) g.AddEdges(f.Path, f.Namespace, f.Code);
        return g;
    }

    void AddEdges(string file, string ns, string code)
    {
        var body = UsingDirective().Replace(NamespaceDecl().Replace(code, ""), "");
        var words = Identifier().Matches(body).Select(x => x.Value).ToHashSet(StringComparer.Ordinal);
        // A using counts when the file names a type of that namespace (static and alias usings always):
        // an unused using is no dependency, and the IDE0005 analyser reports it anyway.
        foreach (Match m in UsingDirective().Matches(code))
        {
            var target = m.Groups[2].Value;
            if (!target.StartsWith("Book.", StringComparison.Ordinal) || LongestNamespace(target) is not { } to) continue;
            if (m.Groups[1].Success || target != to || _types[to].Any(words.Contains)) Add(ns, to, file);
        }
        // Qualified references, absolute or relative to an enclosing namespace, ending in a type of that namespace.
        foreach (Match m in QualifiedName().Matches(body))
        {
            var parts = m.Groups[1].Value.Split('.');
            foreach (var scope in Enclosing(ns).Append(""))
            {
                string? found = null;
                for (int k = parts.Length - 1; k >= 1; k--)
                {
                    var candidate = (scope.Length > 0 ? scope + "." : "") + string.Join('.', parts[..k]);
                    if (_types.TryGetValue(candidate, out var types) && types.Contains(parts[k])) { found = candidate; break; }
                }
                if (found is null) continue;
                Add(ns, found, file);
                break;
            }
        }
        // Types of an enclosing namespace need no using: C# finds them by walking outwards.
        var own = _types[ns];
        foreach (var outer in Enclosing(ns).Skip(1))
            if (_types.TryGetValue(outer, out var types) && types.Any(t => words.Contains(t) && !own.Contains(t)))
                Add(ns, outer, file);
    }

    /// <summary>The namespace and each namespace around it, innermost first: A.B.C, A.B, A.</summary>
    static IEnumerable<string> Enclosing(string ns)
    {
        for (var s = ns; s.Length > 0; s = s.Contains('.') ? s[..s.LastIndexOf('.')] : "") yield return s;
    }

    string? LongestNamespace(string name) => Enclosing(name).FirstOrDefault(_types.ContainsKey);

    void Add(string from, string to, string file)
    {
        if (from == to) return;
        if (!Edges.TryGetValue(from, out var targets)) Edges[from] = targets = new(StringComparer.Ordinal);
        targets.TryAdd(to, file);
    }

    /// <summary>Strongly connected components with more than one namespace (Tarjan), each sorted.</summary>
    public List<List<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<List<string>>();
        int next = 0;
        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v); onStack.Add(v);
            foreach (var w in Edges.GetValueOrDefault(v)?.Keys.Order(StringComparer.Ordinal) ?? Enumerable.Empty<string>())
            {
                if (!index.ContainsKey(w)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (onStack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v]) return;
            var component = new List<string>();
            string x;
            do { x = stack.Pop(); onStack.Remove(x); component.Add(x); } while (x != v);
            if (component.Count > 1) result.Add(component.Order(StringComparer.Ordinal).ToList());
        }
        foreach (var v in Namespaces.Order(StringComparer.Ordinal))
            if (!index.ContainsKey(v)) Visit(v);
        return result;
    }

    /// <summary>The edges inside one component, with the file that shows each: what to look at to break it.</summary>
    public IEnumerable<string> Explain(IReadOnlyCollection<string> component) =>
        from a in component
        from e in Edges.GetValueOrDefault(a) ?? new Dictionary<string, string>()
        where component.Contains(e.Key)
        select $"{a} -> {e.Key} ({e.Value})";

    /// <summary>Code with comments, string and character literals blanked (line breaks kept).</summary>
    static string StripCommentsAndStrings(string s)
    {
        var sb = new StringBuilder(s.Length);
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == '/' && i + 1 < s.Length && s[i + 1] == '/') { while (i < s.Length && s[i] != '\n') i++; continue; }
            if (c == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                int end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? s.Length : end + 2; sb.Append(' '); continue;
            }
            if (c == '"' && string.CompareOrdinal(s, i, "\"\"\"", 0, 3) == 0)
            {
                int end = s.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
                i = end < 0 ? s.Length : end + 3; sb.Append("\"\""); continue;
            }
            if (c == '"')
            {
                bool verbatim = i > 0 && (s[i - 1] == '@' || i > 1 && s[i - 1] == '$' && s[i - 2] == '@');
                i++;
                while (i < s.Length)
                {
                    if (!verbatim && s[i] == '\\') { i += 2; continue; }
                    if (s[i] == '"')
                    {
                        if (verbatim && i + 1 < s.Length && s[i + 1] == '"') { i += 2; continue; }
                        break;
                    }
                    i++;
                }
                i++; sb.Append("\"\""); continue;
            }
            if (c == '\'' )
            {
                int end = i + 1;
                if (end < s.Length && s[end] == '\\') end += 2; else end++;
                while (end < s.Length && s[end] != '\'' && end - i < 10) end++;
                if (end < s.Length && s[end] == '\'') { i = end + 1; sb.Append("' '"); continue; }
            }
            sb.Append(c); i++;
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex NamespaceDecl();
    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(static\s+|\w+\s*=\s*)?([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();
    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+([A-Z]\w*)")]
    private static partial Regex TypeDecl();
    [GeneratedRegex(@"(?<![\w.])([A-Z]\w*(?:\.[A-Z]\w*)+)")]
    private static partial Regex QualifiedName();
    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Identifier();
}
