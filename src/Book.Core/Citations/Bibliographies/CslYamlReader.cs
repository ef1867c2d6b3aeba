using Book.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Book.Core.Citations.Bibliographies;

/// <summary>
/// Reads YAML into a <see cref="CslNode"/> tree from YamlDotNet's event parser (not its object
/// model) so every node keeps its line and column, duplicate keys can be reported as ours, and
/// scanner failures that YamlDotNet does not wrap in a YamlException still get a position.
/// </summary>
public static class CslYamlReader
{
    /// <summary>Returns the root node, or null after reporting the syntax error into <paramref name="diags"/>.</summary>
    public static CslNode? Read(string text, string file, DiagnosticBag diags)
    {
        // Too deep a nesting would overflow ReadNode's recursion; too many aliases is a bomb.
        if (Sources.YamlDocument.Refuses(text, file, diags)) return null;
        var parser = new Parser(new StringReader(text));
        var state = new State(parser, file, diags);
        try
        {
            state.Expect<StreamStart>();
            if (!parser.MoveNext() || parser.Current is StreamEnd)
                return new CslList([], new SourceSpan(file, 1, 1));   // empty file: no sources
            if (parser.Current is not DocumentStart) throw state.Unexpected();
            parser.MoveNext();
            var root = state.ReadNode();
            return state.Ok ? root : null;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // An unclosed flow collection is found only at the end of the file (and YamlDotNet's
            // scanner sometimes throws a bare InvalidOperationException for it): point at the opening
            // bracket instead, which is where the editor has to look.
            if (state.OpenFlow is { } open && (e is not YamlException || e.Message.Contains("flow", StringComparison.Ordinal)))
            {
                diags.Error(new SourceSpan(file, (int)open.Mark.Line, (int)open.Mark.Column), $"this '{open.Bracket}' is never closed");
                return null;
            }
            if (e is YamlException y)
                diags.Error(new SourceSpan(file, (int)y.Start.Line, (int)y.Start.Column), Clean(y.Message));
            else
                diags.Error(new SourceSpan(file, (int)state.LastMark.Line, (int)state.LastMark.Column),
                    "malformed YAML after this point (unclosed quote or bad indentation?)");
            return null;
        }
    }

    static string Clean(string message)
    {
        // YamlDotNet prefixes "(Line: 2, Col: 9, Idx: 16) - (Line: 2, Col: 9, Idx: 16): "; we print our own position.
        var i = message.IndexOf("): ", StringComparison.Ordinal);
        var m = message.StartsWith('(') && i > 0 ? message[(i + 3)..] : message;
        m = m.Trim().TrimEnd('.');
        return m.Length > 0 ? char.ToLowerInvariant(m[0]) + m[1..] : "malformed YAML";
    }

    sealed class State(Parser parser, string file, DiagnosticBag diags)
    {
        readonly Dictionary<string, CslNode> _anchors = new(StringComparer.Ordinal);
        readonly Stack<(Mark Mark, char Bracket)> _flow = new();
        public bool Ok = true;
        public Mark LastMark = Mark.Empty;

        /// <summary>The innermost '[' or '{' collection still open, if any.</summary>
        public (Mark Mark, char Bracket)? OpenFlow => _flow.Count > 0 ? _flow.Peek() : null;

        public void Expect<T>() where T : ParsingEvent
        {
            if (!parser.MoveNext() || parser.Current is not T) throw Unexpected();
            LastMark = parser.Current.Start;
        }

        public Exception Unexpected() =>
            new YamlException(parser.Current?.Start ?? LastMark, parser.Current?.End ?? LastMark, "unexpected YAML structure");

        SourceSpan At(Mark m) => new(file, (int)m.Line, (int)m.Column);

        /// <summary>Reads the node at the current event and leaves the parser on the event after it.</summary>
        public CslNode ReadNode()
        {
            var ev = parser.Current ?? throw Unexpected();
            LastMark = ev.Start;
            switch (ev)
            {
                case Scalar s:
                {
                    parser.MoveNext();
                    var value = s.Style == ScalarStyle.Plain && s.Value is "~" or "null" or "Null" or "NULL" ? "" : s.Value;
                    var node = new CslScalar(value, At(s.Start));
                    Remember(s.Anchor, node);
                    return node;
                }
                case AnchorAlias a:
                {
                    parser.MoveNext();
                    if (_anchors.TryGetValue(a.Value.Value, out var target)) return target;
                    diags.Error(At(a.Start), $"unknown YAML alias '*{a.Value.Value}'");
                    Ok = false;
                    return new CslScalar("", At(a.Start));
                }
                case SequenceStart ss:
                {
                    if (ss.Style == SequenceStyle.Flow) _flow.Push((ss.Start, '['));
                    parser.MoveNext();
                    var items = new List<CslNode>();
                    while (parser.Current is not SequenceEnd) items.Add(ReadNode());
                    if (ss.Style == SequenceStyle.Flow) _flow.Pop();
                    parser.MoveNext();
                    var node = new CslList(items, At(ss.Start));
                    Remember(ss.Anchor, node);
                    return node;
                }
                case MappingStart ms:
                {
                    if (ms.Style == MappingStyle.Flow) _flow.Push((ms.Start, '{'));
                    parser.MoveNext();
                    var entries = new List<CslMapEntry>();
                    var keys = new HashSet<string>(StringComparer.Ordinal);
                    while (parser.Current is not MappingEnd)
                    {
                        var keyEvent = parser.Current!;
                        var key = ReadNode();
                        var value = ReadNode();
                        if (key is not CslScalar k)
                        {
                            diags.Error(key.Span, "a mapping key must be plain text");
                            Ok = false;
                            continue;
                        }
                        if (!keys.Add(k.Value))
                        {
                            diags.Error(At(keyEvent.Start), $"duplicate key '{k.Value}'");
                            Ok = false;
                            continue;
                        }
                        entries.Add(new CslMapEntry(k.Value, k.Span, value));
                    }
                    if (ms.Style == MappingStyle.Flow) _flow.Pop();
                    parser.MoveNext();
                    var node = new CslMap(entries, At(ms.Start));
                    Remember(ms.Anchor, node);
                    return node;
                }
                default:
                    throw Unexpected();
            }
        }

        void Remember(AnchorName anchor, CslNode node)
        {
            if (!anchor.IsEmpty) _anchors[anchor.Value] = node;
        }
    }
}
