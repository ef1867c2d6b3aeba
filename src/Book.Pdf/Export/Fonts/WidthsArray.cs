using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// The CIDFont /W array and /DW for the glyphs actually used. The most common width
/// becomes /DW and is left out of /W; consecutive ids share one "c [w1 w2 …]" entry and
/// runs of three or more equal widths use the "first last w" form.
/// </summary>
internal static class WidthsArray
{
    public static (double DefaultWidth, PdfArray W) Build(IReadOnlyDictionary<ushort, double> widths)
    {
        if (widths.Count == 0) return (1000, new PdfArray());

        // Most frequent width; ties go to the smaller value so the choice is stable.
        double dw = widths.Values
            .GroupBy(w => w)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .First().Key;

        var listed = widths.Where(kv => kv.Value != dw).OrderBy(kv => kv.Key).ToList();
        var array = new PdfArray();
        int i = 0;
        while (i < listed.Count)
        {
            // A block of consecutive glyph ids.
            int end = i;
            while (end + 1 < listed.Count && listed[end + 1].Key == listed[end].Key + 1) end++;

            int k = i;
            var pending = new PdfArray();
            int pendingStart = -1;
            while (k <= end)
            {
                int same = k;
                while (same + 1 <= end && listed[same + 1].Value == listed[k].Value) same++;
                if (same - k + 1 >= 3)
                {
                    Flush(array, ref pending, ref pendingStart);
                    array.Add(listed[k].Key).Add(listed[same].Key).Add(listed[k].Value);
                    k = same + 1;
                }
                else
                {
                    if (pendingStart < 0) pendingStart = listed[k].Key;
                    pending.Add(listed[k].Value);
                    k++;
                }
            }
            Flush(array, ref pending, ref pendingStart);
            i = end + 1;
        }
        return (dw, array);
    }

    private static void Flush(PdfArray array, ref PdfArray pending, ref int pendingStart)
    {
        if (pending.Count == 0) return;
        array.Add(pendingStart).Add(pending);
        pending = new PdfArray();
        pendingStart = -1;
    }
}
