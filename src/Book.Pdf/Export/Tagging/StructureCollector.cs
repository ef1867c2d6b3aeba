using Book.Pages;
using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// Builds the tagged-PDF structure while pages are painted: which marked-content ids and
/// link annotations belong to which <see cref="StructElement"/>, then writes the structure
/// tree (StructTreeRoot, one StructElem per element that has content, the parent tree).
/// An element's kids are its own content in painting order (marked content and links),
/// then its child elements in the order the layout gave them, which is the book's order.
/// </summary>
/// <remarks>
/// A long table makes hundreds of thousands of elements (a 100,000-row table: 400,000), so what is
/// known of them is kept in arrays indexed by each element's number in reading order, not in
/// objects per element; the element dictionaries are made and written a window at a time.
/// </remarks>
internal sealed class StructureCollector
{
    // Elements reachable from the root, numbered in reading order (pre-order): children follow their
    // parent, so a parent's number is always smaller than its children's.
    private readonly Dictionary<StructElement, int> _index = new(ReferenceEqualityComparer.Instance);
    private readonly StructElement[] _elements;
    private readonly int[] _parent; // -1 for the root
    private readonly ContentKids _kids;
    private readonly List<int>[] _pageMcids; // per page, the element of each marked-content id
    private readonly List<(int Page, int Annotation)> _links = new();

    private readonly double[] _pageHeights;

    /// <summary>Element objects (and the links inside them) serialised in parallel between two writes to the file.</summary>
    private const int Slice = 512, SlicesPerWindow = 16;

    /// <param name="pageHeights">each page's height, to turn a figure's box (Y down) into PDF's coordinates (Y up)</param>
    public StructureCollector(StructElement root, double[] pageHeights)
    {
        int pageCount = pageHeights.Length;
        _pageHeights = pageHeights;
        _pageMcids = new List<int>[pageCount];
        for (int i = 0; i < pageCount; i++) _pageMcids[i] = new List<int>();

        var elements = new List<StructElement>();
        var parents = new List<int>();
        var stack = new Stack<(StructElement Element, int Parent)>();
        stack.Push((root, -1));
        while (stack.Count > 0)
        {
            var (e, parent) = stack.Pop();
            if (!_index.TryAdd(e, elements.Count)) continue;
            int self = elements.Count;
            elements.Add(e);
            parents.Add(parent);
            var children = e.Children;
            for (int c = children.Count - 1; c >= 0; c--) stack.Push((children[c], self));
        }
        _elements = elements.ToArray();
        _parent = parents.ToArray();
        _kids = new ContentKids(_elements.Length);
    }

    /// <summary>Key of the first annotation in the parent tree: pages take keys 0…n−1.</summary>
    private int PageCount => _pageMcids.Length;

    /// <summary>The element to tag with, or null (an artifact) when it is not part of this tree.</summary>
    public StructElement? Resolve(StructElement? tag) => tag is not null && _index.ContainsKey(tag) ? tag : null;

    public int AddContent(int pageIndex, StructElement element)
    {
        var mcids = _pageMcids[pageIndex];
        int index = _index[element];
        mcids.Add(index);
        _kids.Add(index, new ContentKids.Kid(pageIndex, mcids.Count - 1, -1));
        return mcids.Count - 1;
    }

    /// <summary>Records a link annotation as a Link element inside <paramref name="parent"/>; returns its /StructParent key.</summary>
    public int AddAnnotation(int pageIndex, StructElement parent, PdfReference annotation)
    {
        int link = _links.Count;
        _links.Add((pageIndex, annotation.Number));
        _kids.Add(_index[parent], new ContentKids.Kid(pageIndex, -1, link));
        return PageCount + link;
    }

    /// <summary>Writes the tree; returns the StructTreeRoot reference for the catalog.</summary>
    public PdfReference Write(ObjectWriter writer, IReadOnlyList<PdfReference> pageRefs)
    {
        var rootRef = writer.Allocate();
        int count = _elements.Length;

        // An element is written when it or one of its descendants has content (and the root always).
        // Children come after their parent, so one backward pass carries that up the tree.
        var live = new bool[count];
        for (int i = count - 1; i >= 0; i--)
        {
            if (_kids.Any(i)) live[i] = true;
            if (live[i] && _parent[i] >= 0) live[_parent[i]] = true;
        }
        live[0] = true;

        // Numbers in reading order (pre-order), so the file reads like the book.
        var numbers = new int[count];
        for (int i = 0; i < count; i++)
            if (live[i]) numbers[i] = writer.Allocate().Number;
        var linkNumbers = new int[_links.Count];
        for (int l = 0; l < linkNumbers.Length; l++) linkNumbers[l] = writer.Allocate().Number;

        // The elements (and the links inside them) are the bulk of a long book's objects: built and
        // serialised in parallel a slice at a time, then written in this same order, a window of
        // slices at a time so that only one window's bytes are held.
        var window = new List<(int Number, int Element, int Link)>(Slice * SlicesPerWindow);
        for (int i = 0; i < count; i++)
        {
            if (!live[i]) continue;
            window.Add((numbers[i], i, -1));
            foreach (var kid in _kids.Of(i))
                if (kid.Link >= 0) window.Add((linkNumbers[kid.Link], i, kid.Link));
            if (window.Count >= Slice * SlicesPerWindow)
            {
                WriteWindow(writer, window, rootRef, numbers, linkNumbers, live, pageRefs);
                window.Clear();
            }
        }
        WriteWindow(writer, window, rootRef, numbers, linkNumbers, live, pageRefs);

        var parentTree = new PdfDictionary();
        parentTree["Nums"] = new ParentTreeNums(_pageMcids, numbers, linkNumbers);

        var root = new PdfDictionary("StructTreeRoot");
        root["K"] = new PdfReference(numbers[0]);
        root["ParentTree"] = writer.Add(parentTree);
        root["ParentTreeNextKey"] = PageCount + _links.Count;
        writer.Write(rootRef, root);
        return rootRef;
    }

    private void WriteWindow(ObjectWriter writer, List<(int Number, int Element, int Link)> objects, PdfReference rootRef,
        int[] numbers, int[] linkNumbers, bool[] live, IReadOnlyList<PdfReference> pageRefs)
    {
        var slices = new (byte[] Bytes, int[] Ends)[(objects.Count + Slice - 1) / Slice];
        Parallel.For(0, slices.Length, s =>
        {
            int from = s * Slice, n = Math.Min(Slice, objects.Count - from);
            var buffer = new MemoryStream(n * 96); // about what an element takes, so it seldom grows
            var output = new PdfOutput(buffer);
            var ends = new int[n];
            for (int k = 0; k < n; k++)
            {
                var (_, element, link) = objects[from + k];
                var dict = link < 0
                    ? ElementDictionary(element, rootRef, numbers, linkNumbers, live, pageRefs)
                    : LinkDictionary(link, new PdfReference(numbers[element]), pageRefs);
                dict.WriteTo(output);
                ends[k] = (int)output.Position;
            }
            output.Flush();
            slices[s] = (buffer.GetBuffer(), ends); // read up to the last end only
        });
        for (int s = 0; s < slices.Length; s++)
        {
            var (bytes, ends) = slices[s];
            for (int k = 0, start = 0; k < ends.Length; start = ends[k], k++)
                writer.WriteSerialized(new PdfReference(objects[s * Slice + k].Number), bytes.AsSpan(start, ends[k] - start));
        }
    }

    private PdfDictionary ElementDictionary(int index, PdfReference rootRef, int[] numbers, int[] linkNumbers, bool[] live, IReadOnlyList<PdfReference> pageRefs)
    {
        var element = _elements[index];
        var dict = new PdfDictionary("StructElem");
        dict["S"] = PdfName.Key(element.Role);
        dict["P"] = _parent[index] >= 0 ? new PdfReference(numbers[_parent[index]]) : rootRef;
        int firstPage = -1;
        foreach (var kid in _kids.Of(index)) { firstPage = kid.Page; break; }
        if (firstPage >= 0) dict["Pg"] = pageRefs[firstPage];
        dict.SetText("Alt", element.Alt);
        // A figure says where it stands: assistive tools and reflow read /BBox from its layout attributes.
        if (element.BBox is { } box && firstPage >= 0)
        {
            double h = _pageHeights[firstPage];
            var attributes = new PdfDictionary();
            attributes["O"] = PdfName.Key("Layout");
            attributes["BBox"] = new PdfArray(new PdfNumber(Math.Round(box.X, 2)), new PdfNumber(Math.Round(h - box.Y - box.Height, 2)),
                new PdfNumber(Math.Round(box.X + box.Width, 2)), new PdfNumber(Math.Round(h - box.Y, 2)));
            dict["A"] = attributes;
        }

        var kids = new PdfArray();
        foreach (var kid in _kids.Of(index))
        {
            if (kid.Link >= 0) kids.Add(new PdfReference(linkNumbers[kid.Link]));
            else if (kid.Page == firstPage) kids.Add(new PdfNumber(kid.Mcid));
            else
            {
                var mcr = new PdfDictionary("MCR");
                mcr["Pg"] = pageRefs[kid.Page];
                mcr["MCID"] = kid.Mcid;
                kids.Add(mcr);
            }
        }
        foreach (var child in element.Children)
            if (_index.TryGetValue(child, out int c) && live[c]) kids.Add(new PdfReference(numbers[c]));
        if (kids.Count > 0) dict["K"] = kids;
        return dict;
    }

    private PdfDictionary LinkDictionary(int link, PdfReference parent, IReadOnlyList<PdfReference> pageRefs)
    {
        var (page, annotation) = _links[link];
        var objr = new PdfDictionary("OBJR");
        objr["Obj"] = new PdfReference(annotation);
        objr["Pg"] = pageRefs[page];
        var dict = new PdfDictionary("StructElem");
        dict["S"] = PdfName.Key("Link");
        dict["P"] = parent;
        dict["Pg"] = pageRefs[page];
        dict["K"] = new PdfArray(objr);
        return dict;
    }
}
