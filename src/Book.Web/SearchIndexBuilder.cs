using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Book.Epub;
using static Book.Epub.Xhtml;

namespace Book.Web;

/// <summary>
/// The search index, written at build time: every block a reader can land on (paragraph, heading,
/// list item, cell, caption, note) with its page, id and text, and every folded word with the blocks
/// that hold it. Written as JSON inside a one-line script (window.bookSearch = …) so that the search
/// also works from a folder opened from disk, where a browser will not fetch a JSON file.
/// </summary>
sealed class SearchIndexBuilder(XmlIds ids)
{
    static readonly HashSet<string> Landing = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "figcaption", "caption", "td", "th", "li", "pre",
    };

    readonly List<(string File, string Title)> _pages = [];
    readonly List<(int Page, string Id, string Text)> _blocks = [];
    readonly SortedDictionary<string, List<int>> _words = new(StringComparer.Ordinal);

    public void Add(string file, string title, XElement section)
    {
        int page = _pages.Count;
        _pages.Add((file, title));
        foreach (var e in section.Descendants().Where(IsLanding).ToList())
        {
            var text = Normalize(TextOf(e, new StringBuilder()).ToString());
            if (text.Length == 0) continue;
            if (e.Attribute("id") is null) e.SetAttributeValue("id", ids.Allocate("s" + (_blocks.Count + 1)));
            int block = _blocks.Count;
            _blocks.Add((page, (string)e.Attribute("id")!, text));
            foreach (var w in Folding.Words(Folding.Fold(text)).Distinct(StringComparer.Ordinal))
            {
                if (!_words.TryGetValue(w, out var list)) _words[w] = list = [];
                list.Add(block);
            }
        }
    }

    /// <summary>A block is the smallest one holding the text: a list item with paragraphs is found by its paragraphs.</summary>
    static bool IsLanding(XElement e) =>
        e.Name.Namespace == Ns && Landing.Contains(e.Name.LocalName)
        && !(e.Name.LocalName is "li" or "td" or "th" or "dd" && e.Elements().Any(c => c.Name.LocalName is "p" or "ul" or "ol" or "dl" or "table"));

    /// <summary>The block's own words: not a note placed inside it, a note mark or a printed page number.</summary>
    static StringBuilder TextOf(XElement e, StringBuilder sb)
    {
        foreach (var n in e.Nodes())
        {
            if (n is XText t) sb.Append(t.Value);
            else if (n is XElement c && !(c.Name.LocalName == "aside" || (string?)c.Attribute("class") is "folio" or "noteref" or "note-number")) TextOf(c, sb);
        }
        return sb;
    }

    static string Normalize(string s) => string.Join(' ', s.Split([' ', '\n', '\t', '\r', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));

    public byte[] ToScript()
    {
        var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("pages");
            foreach (var (file, title) in _pages) { w.WriteStartArray(); w.WriteStringValue(file); w.WriteStringValue(title); w.WriteEndArray(); }
            w.WriteEndArray();
            w.WriteStartArray("blocks");
            foreach (var (page, id, text) in _blocks) { w.WriteStartArray(); w.WriteNumberValue(page); w.WriteStringValue(id); w.WriteStringValue(text); w.WriteEndArray(); }
            w.WriteEndArray();
            w.WriteStartObject("words");
            foreach (var (word, blocks) in _words)
            {
                w.WriteStartArray(word);
                foreach (var b in blocks) w.WriteNumberValue(b);
                w.WriteEndArray();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        var json = Encoding.UTF8.GetString(ms.ToArray());
        // "</script" cannot occur in JSON written with the relaxed encoder except inside a string: break it up.
        json = json.Replace("</", "<\\/", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes("window.bookSearch = " + json + ";\n");
    }
}
