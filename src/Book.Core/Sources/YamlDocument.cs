using Book.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Book.Core.Sources;

/// <summary>
/// Loads the root node of a YAML file for the project's readers, turning every parser failure
/// into one diagnostic at the place to look. YamlDotNet's scanner sometimes throws a bare
/// InvalidOperationException (an unclosed '[' for one): a second, event-by-event read finds
/// the last good position and any bracket left open.
/// </summary>
public static class YamlDocument
{
    /// <summary>Aliases are references in the representation model, never expanded, but a file with
    /// thousands of them is not a book's file: refuse it before anything walks it.</summary>
    public const int MaxAliases = 1000;

    /// <summary>A few aliases can still stand for billions of nodes (nine lists of nine aliases, nine
    /// levels deep): readers that walk such a tree would never finish, so its expanded size is capped.</summary>
    public const long MaxExpandedNodes = 1_000_000;

    /// <summary>Collections nested deeper than this are refused before parsing: no book needs them, and
    /// YamlDotNet's scanner is quadratic in flow depth (100,000 '[' take minutes).</summary>
    public const int MaxDepth = 64;

    public static YamlNode? Load(string text, string file, DiagnosticBag diags, out bool failed)
    {
        failed = false;
        try
        {
            if (Refuses(text, file, diags))
            {
                failed = true;
                return null;
            }
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            if (root is not null && TooLarge(root, new Dictionary<YamlNode, (long, int)>(ReferenceEqualityComparer.Instance)) is { } bomb)
            {
                diags.Error(new SourceSpan(file, (int)bomb.Start.Line, (int)bomb.Start.Column),
                    $"the YAML aliases here expand to more than {MaxExpandedNodes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} values or {MaxDepth} levels; it looks like an alias bomb and was not read");
                failed = true;
                return null;
            }
            return root;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            failed = true;
            var (mark, open) = Locate(text);
            if (open is { } o)
                diags.Error(new SourceSpan(file, (int)o.Mark.Line, (int)o.Mark.Column), $"malformed YAML: this '{o.Bracket}' is never closed");
            else if (e is YamlException y)
                diags.Error(new SourceSpan(file, (int)y.Start.Line, (int)y.Start.Column), "malformed YAML: " + Message(y));
            else
                diags.Error(new SourceSpan(file, (int)mark.Line, (int)mark.Column), "malformed YAML: the file cannot be read past this point");
            return null;
        }
    }

    /// <summary>True (with the error reported) when the text is too hostile to load: used by every YAML reader,
    /// including the event-driven bibliography reader, before it builds anything.</summary>
    public static bool Refuses(string text, string file, DiagnosticBag diags)
    {
        if (Screen(text) is not { } refusal) return false;
        diags.Error(new SourceSpan(file, (int)refusal.At.Line, (int)refusal.At.Column), refusal.Message);
        return true;
    }

    /// <summary>One streaming pass over the events, stopping at the first sign of a hostile file:
    /// too many aliases or too deep a nesting. Syntax errors are left to the real load to report.</summary>
    static (Mark At, string Message)? Screen(string text)
    {
        int aliases = 0, depth = 0;
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case AnchorAlias a when ++aliases > MaxAliases:
                        return (a.Start, $"the file uses more than {MaxAliases} YAML aliases; it looks like an alias bomb and was not read");
                    case SequenceStart or MappingStart when ++depth > MaxDepth:
                        return (parser.Current.Start, $"YAML nested deeper than {MaxDepth} levels; flatten the structure");
                    case SequenceEnd or MappingEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException) { }
        return null;
    }

    /// <summary>
    /// The first node whose expansion (every alias counted as a copy) holds more than <see cref="MaxExpandedNodes"/>
    /// values or, through chains of aliases, more than <see cref="MaxDepth"/> levels; or null. Sizes are memoised
    /// per node: an alias points back to a node already sized (anchors come first), so this is linear in the
    /// file and recurses no deeper than the file's own nesting, which <see cref="Screen"/> has bounded.
    /// </summary>
    static YamlNode? TooLarge(YamlNode root, Dictionary<YamlNode, (long Size, int Height)> memo)
    {
        const long Over = MaxExpandedNodes + 1;
        YamlNode? culprit = null;
        (long Size, int Height) Measure(YamlNode node)
        {
            if (culprit is not null) return (Over, 0);
            if (memo.TryGetValue(node, out var known)) return known;
            memo[node] = (Over, MaxDepth + 1); // reached again while being measured: a cycle, refused too
            long size = 1; int height = 1;
            foreach (var child in Children(node))
            {
                var (s, h) = Measure(child);
                size = Math.Min(size + s, Over);
                height = Math.Max(height, Math.Min(h + 1, MaxDepth + 1));
            }
            if (size > MaxExpandedNodes || height > MaxDepth) culprit ??= node;
            return memo[node] = (size, height);
        }
        Measure(root);
        return culprit;
    }

    static IEnumerable<YamlNode> Children(YamlNode node) => node switch
    {
        YamlSequenceNode seq => seq.Children,
        YamlMappingNode map => map.Children.SelectMany(kv => new[] { kv.Key, kv.Value }),
        _ => [],
    };

    /// <summary>Reads events until the parser fails: the last position reached, and the innermost flow bracket still open.</summary>
    static (Mark Last, (Mark Mark, char Bracket)? Open) Locate(string text)
    {
        var stack = new Stack<(Mark Mark, char Bracket)>(); // every open collection; '\0' for block style
        var last = Mark.Empty;
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                last = ev.Start;
                switch (ev)
                {
                    case SequenceStart s: stack.Push((s.Start, s.Style == SequenceStyle.Flow ? '[' : '\0')); break;
                    case MappingStart m: stack.Push((m.Start, m.Style == MappingStyle.Flow ? '{' : '\0')); break;
                    case SequenceEnd or MappingEnd when stack.Count > 0: stack.Pop(); break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException) { }
        foreach (var open in stack) if (open.Bracket != '\0') return (last, open);
        return (last, null);
    }

    public static string Message(YamlException e)
    {
        var m = e.InnerException?.Message ?? e.Message;
        int i = m.IndexOf("): ", StringComparison.Ordinal);
        return i >= 0 ? m[(i + 3)..] : m;
    }
}
