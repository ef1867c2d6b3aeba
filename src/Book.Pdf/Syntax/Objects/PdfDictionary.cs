namespace Book.Pdf.Syntax;

/// <summary>
/// A PDF dictionary that keeps insertion order, so the same calls always give the same
/// bytes. Setting an existing key replaces its value in place.
/// </summary>
public class PdfDictionary : PdfObject
{
    private readonly List<KeyValuePair<PdfName, PdfObject>> _entries = new();

    public PdfDictionary() { }

    public PdfDictionary(string type) => this["Type"] = PdfName.Key(type);

    public int Count => _entries.Count;
    public IReadOnlyList<KeyValuePair<PdfName, PdfObject>> Entries => _entries;

    public PdfObject? this[string key]
    {
        get
        {
            foreach (var entry in _entries)
                if (entry.Key.Value == key) return entry.Value;
            return null;
        }
        set
        {
            int index = -1;
            for (int i = 0; i < _entries.Count; i++)
                if (_entries[i].Key.Value == key) { index = i; break; }
            if (value is null)
            {
                if (index >= 0) _entries.RemoveAt(index);
                return;
            }
            var entry = new KeyValuePair<PdfName, PdfObject>(PdfName.Key(key), value);
            if (index >= 0) _entries[index] = entry;
            else _entries.Add(entry);
        }
    }

    /// <summary>Sets a text-string entry only when the value is present.</summary>
    public void SetText(string key, string? value)
    {
        if (!string.IsNullOrEmpty(value)) this[key] = PdfString.Text(value);
    }

    public override void WriteTo(PdfOutput output)
    {
        output.WriteAscii("<<");
        foreach (var (key, value) in _entries)
        {
            output.WriteByte((byte)' ');
            key.WriteTo(output);
            output.WriteByte((byte)' ');
            value.WriteTo(output);
        }
        output.WriteAscii(" >>");
    }
}
