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
internal sealed class StructureCollector
{
    private readonly StructElement _root;
    private readonly HashSet<StructElement> _reachable = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<StructElement, List<Kid>> _content = new(ReferenceEqualityComparer.Instance);
    private readonly List<StructElement>[] _pageMcids;
    private readonly List<LinkElement> _links = new();

    private readonly double[] _pageHeights;

    /// <param name="pageHeights">each page's height, to turn a figure's box (Y down) into PDF's coordinates (Y up)</param>
    public StructureCollector(StructElement root, double[] pageHeights)
    {
        int pageCount = pageHeights.Length;
        _pageHeights = pageHeights;
        _root = root;
        _pageMcids = new List<StructElement>[pageCount];
        for (int i = 0; i < pageCount; i++) _pageMcids[i] = new List<StructElement>();
        var stack = new Stack<StructElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (!_reachable.Add(e)) continue;
            foreach (var c in e.Children) stack.Push(c);
        }
    }

    /// <summary>Key of the first annotation in the parent tree: pages take keys 0…n−1.</summary>
    private int PageCount => _pageMcids.Length;

    /// <summary>The element to tag with, or null (an artifact) when it is not part of this tree.</summary>
    public StructElement? Resolve(StructElement? tag) => tag is not null && _reachable.Contains(tag) ? tag : null;

    public int AddContent(int pageIndex, StructElement element)
    {
        var mcids = _pageMcids[pageIndex];
        mcids.Add(element);
        Content(element).Add(new Kid(pageIndex, mcids.Count - 1, null));
        return mcids.Count - 1;
    }

    /// <summary>Records a link annotation as a Link element inside <paramref name="parent"/>; returns its /StructParent key.</summary>
    public int AddAnnotation(int pageIndex, StructElement parent, PdfReference annotation)
    {
        var link = new LinkElement(pageIndex, annotation, PageCount + _links.Count);
        _links.Add(link);
        Content(parent).Add(new Kid(pageIndex, -1, link));
        return link.Key;
    }

    /// <summary>Writes the tree; returns the StructTreeRoot reference for the catalog.</summary>
    public PdfReference Write(ObjectWriter writer, IReadOnlyList<PdfReference> pageRefs)
    {
        var rootRef = writer.Allocate();
        var live = new HashSet<StructElement>(ReferenceEqualityComparer.Instance);
        MarkLive(_root, live);
        live.Add(_root);

        // Numbers in reading order (pre-order), so the file reads like the book.
        var refs = new Dictionary<StructElement, PdfReference>(ReferenceEqualityComparer.Instance);
        var order = new List<StructElement>();
        Number(_root, live, refs, order, writer);
        foreach (var link in _links) link.Reference = writer.Allocate();

        // The elements (and the links inside them) are the bulk of a long book's objects: they are
        // built and serialised in parallel, a slice at a time, then written in this same order.
        var objects = new List<(PdfReference Ref, StructElement? Element, LinkElement? Link, PdfReference? Parent)>();
        foreach (var element in order)
        {
            objects.Add((refs[element], element, null, null));
            foreach (var kid in _content.GetValueOrDefault(element) ?? [])
                if (kid.Link is { } link) objects.Add((link.Reference!, null, link, refs[element]));
        }
        const int Slice = 512;
        var slices = new (byte[] Bytes, int[] Ends)[(objects.Count + Slice - 1) / Slice];
        Parallel.For(0, slices.Length, s =>
        {
            int from = s * Slice, count = Math.Min(Slice, objects.Count - from);
            var buffer = new MemoryStream(count * 96); // about what an element takes, so it seldom grows
            var output = new PdfOutput(buffer);
            var ends = new int[count];
            for (int k = 0; k < count; k++)
            {
                var (_, element, link, parent) = objects[from + k];
                var dict = element is not null ? ElementDictionary(element, rootRef, refs, live, pageRefs) : LinkDictionary(link!, parent!, pageRefs);
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
                writer.WriteSerialized(objects[s * Slice + k].Ref, bytes.AsSpan(start, ends[k] - start));
        }

        var nums = new PdfArray();
        for (int page = 0; page < _pageMcids.Length; page++)
        {
            nums.Add(new PdfNumber(page));
            nums.Add(new PdfArray(_pageMcids[page].Select(e => (PdfObject)refs[e])));
        }
        foreach (var link in _links)
        {
            nums.Add(new PdfNumber(link.Key));
            nums.Add(link.Reference!);
        }
        var parentTree = new PdfDictionary();
        parentTree["Nums"] = nums;

        var root = new PdfDictionary("StructTreeRoot");
        root["K"] = refs[_root];
        root["ParentTree"] = writer.Add(parentTree);
        root["ParentTreeNextKey"] = PageCount + _links.Count;
        writer.Write(rootRef, root);
        return rootRef;
    }

    private PdfDictionary ElementDictionary(StructElement element, PdfReference rootRef, Dictionary<StructElement, PdfReference> refs,
        HashSet<StructElement> live, IReadOnlyList<PdfReference> pageRefs)
    {
        var dict = new PdfDictionary("StructElem");
        dict["S"] = PdfName.Key(element.Role);
        dict["P"] = element.Parent is { } parent ? refs[parent] : rootRef;
        var content = _content.GetValueOrDefault(element);
        int firstPage = content is { Count: > 0 } ? content[0].Page : -1;
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
        foreach (var kid in content ?? [])
        {
            if (kid.Link is { } link) kids.Add(link.Reference!);
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
            if (live.Contains(child)) kids.Add(refs[child]);
        if (kids.Count > 0) dict["K"] = kids;
        return dict;
    }

    private static PdfDictionary LinkDictionary(LinkElement link, PdfReference parent, IReadOnlyList<PdfReference> pageRefs)
    {
        var objr = new PdfDictionary("OBJR");
        objr["Obj"] = link.Annotation;
        objr["Pg"] = pageRefs[link.Page];
        var dict = new PdfDictionary("StructElem");
        dict["S"] = PdfName.Key("Link");
        dict["P"] = parent;
        dict["Pg"] = pageRefs[link.Page];
        dict["K"] = new PdfArray(objr);
        return dict;
    }

    private bool MarkLive(StructElement element, HashSet<StructElement> live)
    {
        bool any = _content.ContainsKey(element);
        foreach (var child in element.Children)
            any |= MarkLive(child, live);
        if (any) live.Add(element);
        return any;
    }

    private static void Number(StructElement element, HashSet<StructElement> live, Dictionary<StructElement, PdfReference> refs,
        List<StructElement> order, ObjectWriter writer)
    {
        refs[element] = writer.Allocate();
        order.Add(element);
        foreach (var child in element.Children)
            if (live.Contains(child)) Number(child, live, refs, order, writer);
    }

    private List<Kid> Content(StructElement element)
    {
        if (!_content.TryGetValue(element, out var list)) _content[element] = list = new List<Kid>();
        return list;
    }

    private sealed record Kid(int Page, int Mcid, LinkElement? Link);

    private sealed class LinkElement(int page, PdfReference annotation, int key)
    {
        public int Page { get; } = page;
        public PdfReference Annotation { get; } = annotation;
        public int Key { get; } = key;
        public PdfReference? Reference { get; set; }
    }
}
