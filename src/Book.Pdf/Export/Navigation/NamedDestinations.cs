using System.Text;
using Book.Pages;
using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// Anchors become named destinations (/XYZ left top null keeps the reader's zoom), stored
/// in a /Dests name tree sorted by the bytes of the names, as the spec requires.
/// </summary>
internal sealed class NamedDestinations
{
    // Looked up by name for every link; sorted once, when the tree is built. (A sorted dictionary
    // cost a byte-wise comparison per level for each of a long book's thousands of anchors.)
    private readonly Dictionary<byte[], PdfArray> _byName = new(ByteEquality.Instance);

    public int Count => _byName.Count;

    public static NamedDestinations Collect(PageTree tree, IReadOnlyList<PdfReference> pageRefs, Action<string>? warn)
    {
        var result = new NamedDestinations();
        for (int p = 0; p < tree.Pages.Count; p++)
        {
            var page = tree.Pages[p];
            var anchors = new List<(Anchor, Transform?)>();
            PageWalk.Placed<Anchor>(page.Items, null, (anchor, transform) => anchors.Add((anchor, transform)));
            foreach (var (anchor, transform) in anchors)
            {
                // An anchor in a group marks the height its left edge is moved to.
                double y = transform is { } t ? t.D * anchor.Y + t.F : anchor.Y;
                byte[] key = Key(anchor.Name);
                if (result._byName.ContainsKey(key))
                {
                    warn?.Invoke($"duplicate anchor '{anchor.Name}' on page {p + 1}; the first one is kept");
                    continue;
                }
                result._byName.Add(key, new PdfArray(pageRefs[p], PdfName.Key("XYZ"), 0, page.Height - y, PdfNull.Instance));
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
        var keys = _byName.Keys.ToArray();
        Array.Sort(keys, ByteOrder.Instance);
        var names = new PdfArray();
        foreach (var key in keys)
            names.Add(new PdfString(key)).Add(_byName[key]);
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

    private sealed class ByteEquality : IEqualityComparer<byte[]>
    {
        public static readonly ByteEquality Instance = new();
        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);
        public int GetHashCode(byte[] bytes)
        {
            var hash = new HashCode();
            hash.AddBytes(bytes);
            return hash.ToHashCode();
        }
    }
}
