using System.Text;
using Book.Layout.Pages;

namespace Book.Pdf;

/// <summary>
/// Anchors become named destinations (/XYZ left top null keeps the reader's zoom), stored
/// in a /Dests name tree sorted by the bytes of the names, as the spec requires.
/// </summary>
internal sealed class NamedDestinations
{
    private readonly SortedDictionary<byte[], PdfArray> _byName = new(ByteOrder.Instance);

    public int Count => _byName.Count;

    public static NamedDestinations Collect(PageTree tree, IReadOnlyList<PdfReference> pageRefs, Action<string>? warn)
    {
        var result = new NamedDestinations();
        for (int p = 0; p < tree.Pages.Count; p++)
        {
            var page = tree.Pages[p];
            foreach (var anchor in page.Items.OfType<Anchor>())
            {
                byte[] key = Key(anchor.Name);
                if (result._byName.ContainsKey(key))
                {
                    warn?.Invoke($"duplicate anchor '{anchor.Name}' on page {p + 1}; the first one is kept");
                    continue;
                }
                result._byName.Add(key, new PdfArray(pageRefs[p], PdfName.Key("XYZ"), 0, page.Height - anchor.Y, PdfNull.Instance));
            }
        }
        return result;
    }

    public bool Contains(string name) => _byName.ContainsKey(Key(name));

    /// <summary>The value for /Dest: the name as a byte string, identical to the tree's key.</summary>
    public static PdfString Reference(string name) => new(Key(name));

    /// <summary>A single-node name tree; viewers handle thousands of entries in one node.</summary>
    public PdfDictionary? BuildTree()
    {
        if (_byName.Count == 0) return null;
        var names = new PdfArray();
        foreach (var (key, destination) in _byName)
            names.Add(new PdfString(key)).Add(destination);
        var tree = new PdfDictionary();
        tree["Names"] = names;
        return tree;
    }

    private static byte[] Key(string name) => Encoding.UTF8.GetBytes(name);

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();
        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
