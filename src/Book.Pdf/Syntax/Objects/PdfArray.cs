namespace Book.Pdf.Syntax;

/// <summary>A PDF array; items are separated by single spaces.</summary>
public sealed class PdfArray : PdfObject
{
    private readonly List<PdfObject> _items = new();

    public PdfArray() { }
    public PdfArray(IEnumerable<PdfObject> items) => _items.AddRange(items);
    public PdfArray(params PdfObject[] items) => _items.AddRange(items);

    public int Count => _items.Count;
    public PdfObject this[int index] => _items[index];
    public IReadOnlyList<PdfObject> Items => _items;

    public PdfArray Add(PdfObject item)
    {
        _items.Add(item ?? throw new ArgumentNullException(nameof(item)));
        return this;
    }

    public static PdfArray Numbers(params double[] values)
    {
        var array = new PdfArray();
        array._items.Capacity = values.Length;
        foreach (var v in values) array._items.Add(new PdfNumber(v));
        return array;
    }

    public override void WriteTo(PdfOutput output)
    {
        output.WriteByte((byte)'[');
        for (int i = 0; i < _items.Count; i++)
        {
            if (i > 0) output.WriteByte((byte)' ');
            _items[i].WriteTo(output);
        }
        output.WriteByte((byte)']');
    }
}
