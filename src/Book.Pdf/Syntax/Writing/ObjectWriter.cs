using System.Security.Cryptography;

namespace Book.Pdf.Syntax;

/// <summary>
/// Writes a PDF file object by object: header, numbered indirect objects (any order; each
/// offset is recorded), then a classic cross-reference table and trailer whose /ID is a
/// hash of everything before it, so identical content gives identical files.
/// </summary>
public sealed class ObjectWriter
{
    private readonly PdfOutput _output;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
    private readonly List<long> _offsets = new() { -1 }; // index = object number; 0 is the free head
    private bool _headerWritten;
    private bool _finished;

    public ObjectWriter(Stream stream) => _output = new PdfOutput(stream, _hash);

    public long Position => _output.Position;

    /// <summary>Reserves an object number so others can refer to it before it is written.</summary>
    public PdfReference Allocate()
    {
        _offsets.Add(-1);
        return new PdfReference(_offsets.Count - 1);
    }

    public void WriteHeader()
    {
        if (_headerWritten) throw new InvalidOperationException("Header already written.");
        _headerWritten = true;
        _output.WriteAscii("%PDF-1.7\n");
        // A comment with high bytes tells transfer tools the file is binary.
        _output.Write([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
    }

    /// <summary>Allocates a number and writes the object at once.</summary>
    public PdfReference Add(PdfObject value)
    {
        var reference = Allocate();
        Write(reference, value);
        return reference;
    }

    public void Write(PdfReference reference, PdfObject value)
    {
        Begin(reference);
        value.WriteTo(_output);
        _output.Write("\nendobj\n"u8);
    }

    /// <summary>
    /// Writes an object already serialised (by <see cref="PdfObject.WriteTo"/>, e.g. on another
    /// thread): the same bytes <see cref="Write"/> would give for it.
    /// </summary>
    public void WriteSerialized(PdfReference reference, ReadOnlySpan<byte> value)
    {
        Begin(reference);
        _output.Write(value);
        _output.Write("\nendobj\n"u8);
    }

    private void Begin(PdfReference reference)
    {
        if (!_headerWritten) throw new InvalidOperationException("Write the header first.");
        if (_finished) throw new InvalidOperationException("The file is already finished.");
        if (reference.Number >= _offsets.Count) throw new ArgumentException("Unknown object " + reference.Number);
        if (_offsets[reference.Number] >= 0) throw new InvalidOperationException($"Object {reference.Number} written twice.");

        _offsets[reference.Number] = _output.Position;
        _output.WriteInteger(reference.Number);
        _output.Write(" 0 obj\n"u8);
    }

    /// <summary>Writes xref, trailer and %%EOF. Every allocated object must have been written.</summary>
    public void Finish(PdfReference root, PdfReference? info)
    {
        if (_finished) throw new InvalidOperationException("Already finished.");
        for (int n = 1; n < _offsets.Count; n++)
            if (_offsets[n] < 0) throw new InvalidOperationException($"Object {n} was allocated but never written.");

        long xrefOffset = _output.Position;
        _output.Write("xref\n0 "u8);
        _output.WriteInteger(_offsets.Count);
        _output.WriteByte((byte)'\n');
        _output.Write("0000000000 65535 f\r\n"u8); // each entry is exactly 20 bytes
        Span<char> entry = stackalloc char[20];
        for (int n = 1; n < _offsets.Count; n++)
        {
            _offsets[n].TryFormat(entry, out int written, "D10", System.Globalization.CultureInfo.InvariantCulture);
            if (written != 10) throw new InvalidOperationException("A PDF over 10 GB has no classic cross-reference table.");
            " 00000 n\r\n".CopyTo(entry[10..]);
            _output.WriteAscii(entry);
        }
        _output.Flush();

        // The ID covers header, objects and xref: the content, not the clock.
        byte[] id = _hash.GetHashAndReset();
        _finished = true;

        var trailer = new PdfDictionary();
        trailer["Size"] = _offsets.Count;
        trailer["Root"] = root;
        if (info is not null) trailer["Info"] = info;
        trailer["ID"] = new PdfArray(new PdfString(id, hex: true), new PdfString(id, hex: true));

        _output.WriteAscii("trailer\n");
        trailer.WriteTo(_output);
        _output.WriteAscii("\nstartxref\n" + PdfNumber.Format(xrefOffset) + "\n%%EOF\n");
        _output.Flush();
    }
}
