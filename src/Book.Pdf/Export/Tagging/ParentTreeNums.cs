using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// The parent tree's /Nums array, written straight from the collector's numbers: each page's key and
/// the array of the elements its marked-content ids belong to, then each link annotation's key and
/// element. The same bytes as a <see cref="PdfArray"/> of those objects, without building one
/// (a reference object per marked-content id: 400,000 of them for a 100,000-row table).
/// </summary>
internal sealed class ParentTreeNums(IReadOnlyList<List<int>> pageElements, int[] elementNumbers, int[] linkNumbers) : PdfObject
{
    public override void WriteTo(PdfOutput output)
    {
        output.WriteByte((byte)'[');
        bool first = true;
        for (int page = 0; page < pageElements.Count; page++)
        {
            Separate(output, ref first);
            output.WriteInteger(page);
            output.WriteByte((byte)' ');
            output.WriteByte((byte)'[');
            var elements = pageElements[page];
            for (int i = 0; i < elements.Count; i++)
            {
                if (i > 0) output.WriteByte((byte)' ');
                PdfReference.Write(output, elementNumbers[elements[i]]);
            }
            output.WriteByte((byte)']');
        }
        for (int link = 0; link < linkNumbers.Length; link++)
        {
            Separate(output, ref first);
            output.WriteInteger(pageElements.Count + link);
            output.WriteByte((byte)' ');
            PdfReference.Write(output, linkNumbers[link]);
        }
        output.WriteByte((byte)']');
    }

    private static void Separate(PdfOutput output, ref bool first)
    {
        if (!first) output.WriteByte((byte)' ');
        first = false;
    }
}
