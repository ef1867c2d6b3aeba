using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Book.Model;
using Book.Core.Pipeline;
using Book.Core.Sources;

namespace Book.Build;

/// <summary>
/// Parsed Markdown files kept between the builds of `book watch`, keyed by the file's place in
/// the book and checked by content hash: an entry is reused while the file's text, book.yaml and
/// every file its parse read (CSV tables and charts) hash the same. The model is immutable, so a
/// kept division can be handed to the next build as it is. Parses with errors are not kept.
/// </summary>
public sealed class ParsedFileCache : IParsedFileCache
{
    sealed record Entry(byte[][] Inputs, (string Path, byte[] Hash)[] Reads, Division? Result, Diagnostic[] Diagnostics);

    readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    int _hits, _misses;

    /// <summary>Parses reused and parses done since the last <see cref="ResetCounts"/>.</summary>
    public int Hits => _hits;
    public int Misses => _misses;
    public int Count => _entries.Count;

    public void ResetCounts() { _hits = 0; _misses = 0; }

    /// <summary>Decoded pictures, kept by content across the same builds as the parses.</summary>
    public PictureCache Pictures { get; } = new();

    public Division? GetOrParse(string key, IReadOnlyList<string> inputs, DiagnosticBag diags, Func<DiagnosticBag, Action<string, string>, Division?> parse)
    {
        var hashes = inputs.Select(Hash).ToArray();
        if (_entries.TryGetValue(key, out var kept) && SameInputs(kept.Inputs, hashes) && kept.Reads.All(Unchanged))
        {
            Interlocked.Increment(ref _hits);
            foreach (var d in kept.Diagnostics) diags.Add(d);
            return kept.Result;
        }
        Interlocked.Increment(ref _misses);
        var bag = new DiagnosticBag();
        var reads = new List<(string, byte[])>();
        var result = parse(bag, (path, text) => { lock (reads) reads.Add((path, Hash(text))); });
        var items = bag.Items;
        foreach (var d in items) diags.Add(d);
        if (bag.HasErrors) _entries.TryRemove(key, out _);
        else _entries[key] = new Entry(hashes, reads.ToArray(), result, items.ToArray());
        return result;
    }

    static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    static bool SameInputs(byte[][] a, byte[][] b) =>
        a.Length == b.Length && a.Zip(b).All(p => p.First.AsSpan().SequenceEqual(p.Second));

    /// <summary>A data file the parse read still has the same text (a removed or unreadable file has not).</summary>
    static bool Unchanged((string Path, byte[] Hash) read)
    {
        try
        {
            // ProjectFiles strips a UTF-8 BOM before handing out text; so does ReadAllText.
            // A file that became a FIFO or a device is not re-read here (it would block): the new parse reports it.
            return File.Exists(read.Path) && Core.Sources.FileKind.NotRegular(read.Path) is null && Hash(File.ReadAllText(read.Path, Encoding.UTF8)).AsSpan().SequenceEqual(read.Hash);
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }
}
