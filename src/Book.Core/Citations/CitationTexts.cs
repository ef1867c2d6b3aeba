using Book.Core.Citations.Bibliographies;
using Book.Csl;
using Book.Model;

namespace Book.Core.Citations;

/// <summary>
/// The formatted text of every citation of a book, in reading order. The CSL processor needs the
/// whole sequence before it formats any (positions such as "first" or "ibid", disambiguation,
/// numbering), so the resolver reads the book twice: the first reading <see cref="Add"/>s each
/// citation's cluster, <see cref="Format"/> runs the processor once, and the second reading
/// <see cref="Next"/>s the texts back in the same order.
/// </summary>
public sealed class CitationTexts(CslProcessor processor)
{
    readonly List<CitationCluster> _clusters = [];
    readonly List<CitationCluster> _authors = [];
    readonly List<bool> _authorFirst = [];
    IReadOnlyList<RichText>? _texts;
    List<RichText>? _authorTexts;
    int _next, _nextAuthor;

    public bool Formatting => _texts is not null;
    public bool InText => processor.Class == "in-text";

    /// <summary>First reading: a citation's cluster (an empty one ends a run of "ibid."). Second: its text.</summary>
    public List<Inline> Add(IReadOnlyList<CitationItem> items, int noteIndex, Func<string, bool> known, bool suppressAuthor = false)
    {
        if (_texts is { } texts) return RichTextInlines.Map(texts[_next++]);
        _clusters.Add(new CitationCluster(Cites(items, known, suppressAuthor), noteIndex));
        return [];
    }

    /// <summary>What a narrative <c>@key</c> prints in the text: the author, or who stands in for one.</summary>
    /// <param name="firstMention">the source is cited here for the first time: the author is named in full</param>
    public List<Inline> Author(CitationItem item, Func<string, bool> known, bool firstMention)
    {
        if (_authorTexts is { } texts) return RichTextInlines.Map(texts[_nextAuthor++]);
        _authors.Add(new CitationCluster(known(item.Key) ? [new CiteItem(item.Key) { AuthorOnly = true }] : []));
        _authorFirst.Add(firstMention);
        return [];
    }

    /// <summary>Nothing before this point may be referred to as "ibid." after it.</summary>
    public void Break()
    {
        if (_texts is not null) { _next++; return; }
        // An empty citation in a note of its own (numbered apart from the real ones, below zero):
        // the processor's "previous note" then cites nothing.
        _clusters.Add(new CitationCluster([], -(++_breaks)));
    }

    int _breaks;

    public void Format()
    {
        _texts = processor.ProcessCitations(_clusters);
        // The author as the cite names it where it stands: in full at the first mention ("Koray
        // Erdogan"), short later ("Erdogan"); where the full form has no author ("“Title,” TRT
        // World"), as a later cite names it ("TRT World").
        var first = processor.ProcessCitations(_authors);
        var everyItem = new CitationCluster(_authors.SelectMany(a => a.Items).Select(i => new CiteItem(i.Id)).DistinctBy(i => i.Id).ToList());
        var later = processor.ProcessCitations([everyItem, .. _authors.SelectMany(a => new[] { new CitationCluster([]), a })]);
        _authorTexts = first.Select((text, i) => _authorFirst[i] && !text.IsEmpty ? text : later[2 + 2 * i]).ToList();
    }

    static List<CiteItem> Cites(IReadOnlyList<CitationItem> items, Func<string, bool> known, bool suppressAuthor) =>
        items.Where(i => known(i.Key)).Select(i =>
        {
            var (label, locator) = i.Locator is { } l ? Locators.Split(l) : (null, null);
            return new CiteItem(i.Key)
            {
                Locator = locator,
                Label = label,
                // Pandoc's syntax leaves out the space a CSL prefix and suffix carry.
                Prefix = i.Prefix is { Length: > 0 } p ? p + " " : null,
                Suffix = i.Suffix is { Length: > 0 } s ? (char.IsPunctuation(s[0]) ? s : " " + s) : null,
                SuppressAuthor = i.SuppressAuthor || suppressAuthor,
            };
        }).ToList();

    /// <summary>The items as the processor reads them (CSL-JSON, as read from any bibliography format).</summary>
    public static IEnumerable<CslItem> Items(Bibliography bib) => bib.Items.Select(i => CslItem.FromJson(Element(i.Csl)));

    // The item's JSON written out and read back as an element: the same JSON, without the reflection
    // serializer's first-use set-up (tens of milliseconds of a cold start, for five sources).
    static System.Text.Json.JsonElement Element(System.Text.Json.Nodes.JsonObject csl)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer)) csl.WriteTo(writer);
        using var doc = System.Text.Json.JsonDocument.Parse(buffer.WrittenMemory);
        return doc.RootElement.Clone();
    }
}
