using Book.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Book.Core.Yaml;

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

    public static YamlNode? Load(string text, string file, DiagnosticBag diags, out bool failed)
    {
        failed = false;
        try
        {
            if (CountAliases(text) > MaxAliases)
            {
                diags.Error(new SourceSpan(file, 1, 1), $"the file uses more than {MaxAliases} YAML aliases; it looks like an alias bomb and was not read");
                failed = true;
                return null;
            }
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
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

    static int CountAliases(string text)
    {
        int n = 0;
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext()) if (parser.Current is AnchorAlias && ++n > MaxAliases) break;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException) { }
        return n;
    }

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
