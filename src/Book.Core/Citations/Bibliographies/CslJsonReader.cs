using System.Text;
using System.Text.Json;
using Book.Model;

namespace Book.Core.Citations.Bibliographies;

/// <summary>
/// Reads JSON into a <see cref="CslNode"/> tree with System.Text.Json's <see cref="Utf8JsonReader"/>,
/// turning each token's byte offset into a line and column (JsonDocument keeps no positions).
/// </summary>
public static class CslJsonReader
{
    /// <summary>Returns the root node, or null after reporting the syntax error into <paramref name="diags"/>.</summary>
    public static CslNode? Read(string text, string file, DiagnosticBag diags)
    {
        var bytes = Encoding.UTF8.GetBytes(text.TrimStart('\uFEFF'));
        var lines = new LineMap(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read())
                return new CslList([], new SourceSpan(file, 1, 1));
            var root = ReadValue(ref reader, lines, file, diags, out var ok);
            if (reader.Read())
            {
                diags.Error(lines.At(file, reader.TokenStartIndex), "unexpected content after the end of the JSON value");
                return null;
            }
            return ok ? root : null;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var col = (int)(e.BytePositionInLine ?? 0) + 1;
            var msg = e.Message;
            var cut = msg.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0) msg = msg[..cut];
            msg = msg.Trim().TrimEnd('.');
            diags.Error(new SourceSpan(file, line, col), "malformed JSON: " + msg);
            return null;
        }
    }

    static CslNode ReadValue(ref Utf8JsonReader r, LineMap lines, string file, DiagnosticBag diags, out bool ok)
    {
        ok = true;
        var at = lines.At(file, r.TokenStartIndex);
        switch (r.TokenType)
        {
            case JsonTokenType.StartArray:
            {
                var items = new List<CslNode>();
                while (r.Read() && r.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref r, lines, file, diags, out var itemOk));
                    ok &= itemOk;
                }
                return new CslList(items, at);
            }
            case JsonTokenType.StartObject:
            {
                var entries = new List<CslMapEntry>();
                while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                {
                    var keyAt = lines.At(file, r.TokenStartIndex);
                    var key = r.GetString()!;
                    r.Read();
                    var value = ReadValue(ref r, lines, file, diags, out var valueOk);
                    ok &= valueOk;
                    if (entries.Any(e => e.Key == key))
                    {
                        diags.Error(keyAt, $"duplicate key '{key}'");
                        ok = false;
                        continue;
                    }
                    entries.Add(new CslMapEntry(key, keyAt, value));
                }
                return new CslMap(entries, at);
            }
            case JsonTokenType.String:
                return new CslScalar(r.GetString()!, at);
            case JsonTokenType.Number:
                // Keep the number's own spelling: CSL numbers (volume, date parts) are read as text.
                return new CslScalar(Encoding.UTF8.GetString(r.ValueSpan), at);
            case JsonTokenType.True:
                return new CslScalar("true", at);
            case JsonTokenType.False:
                return new CslScalar("false", at);
            case JsonTokenType.Null:
                return new CslScalar("", at);
            default:
                diags.Error(at, $"unexpected JSON token {r.TokenType}");
                ok = false;
                return new CslScalar("", at);
        }
    }

    /// <summary>Byte offset → 1-based line and UTF-16 column.</summary>
    sealed class LineMap(byte[] bytes)
    {
        readonly List<int> _starts = Starts(bytes);

        static List<int> Starts(byte[] b)
        {
            var s = new List<int> { 0 };
            for (var i = 0; i < b.Length; i++) if (b[i] == (byte)'\n') s.Add(i + 1);
            return s;
        }

        public SourceSpan At(string file, long offset)
        {
            var i = _starts.BinarySearch((int)offset);
            if (i < 0) i = ~i - 1;
            var col = Encoding.UTF8.GetCharCount(bytes, _starts[i], (int)offset - _starts[i]) + 1;
            return new SourceSpan(file, i + 1, col);
        }
    }
}
