namespace Book.Images;

/// <summary>
/// Downsampling by area averaging: each new pixel is the mean of the old pixels it covers, each
/// weighted by how much of it is covered. The weights are whole numbers (an old pixel is
/// <c>newWidth</c> units wide, a new one <c>oldWidth</c>), so the arithmetic is exact in integers and
/// the result the same on every machine and thread.
/// </summary>
public static class AreaAverage
{
    /// <param name="source">rows of <paramref name="width"/> pixels of <paramref name="components"/> bytes, top row first</param>
    /// <returns>rows of <paramref name="newWidth"/> pixels, <paramref name="newHeight"/> of them</returns>
    public static byte[] Resample(ReadOnlySpan<byte> source, int width, int height, int components, int newWidth, int newHeight)
    {
        if (newWidth < 1 || newHeight < 1 || newWidth > width || newHeight > height)
            throw new ArgumentOutOfRangeException(nameof(newWidth), $"{newWidth} × {newHeight} is not a reduction of {width} × {height}");
        int rowBytes = width * components, newRowBytes = newWidth * components;
        if (source.Length < (long)rowBytes * height) throw new ArgumentException("fewer samples than the size says", nameof(source));
        var result = new byte[(long)newRowBytes * newHeight];
        var rowSums = new long[newRowBytes];
        var acc = new long[newRowBytes];
        long divisor = (long)width * height, half = divisor / 2;
        int outRow = 0;
        for (int y = 0; y < height; y++)
        {
            Across(source.Slice(y * rowBytes, rowBytes), width, components, newWidth, rowSums);
            // Old row y covers [y·newHeight, (y+1)·newHeight); new row r covers [r·height, (r+1)·height).
            long at = (long)y * newHeight, end = at + newHeight;
            while (at < end)
            {
                long boundary = (long)(outRow + 1) * height;
                long take = Math.Min(end, boundary) - at;
                for (int k = 0; k < acc.Length; k++) acc[k] += rowSums[k] * take;
                at += take;
                if (at == boundary)
                {
                    var output = result.AsSpan(outRow * newRowBytes, newRowBytes);
                    for (int k = 0; k < acc.Length; k++) { output[k] = (byte)((acc[k] + half) / divisor); acc[k] = 0; }
                    outRow++;
                }
            }
        }
        return result;
    }

    /// <summary>One row summed across: each new pixel's samples times the units of each old pixel it covers.</summary>
    static void Across(ReadOnlySpan<byte> row, int width, int components, int newWidth, long[] sums)
    {
        Array.Clear(sums);
        int column = 0;
        for (int x = 0; x < width; x++)
        {
            long at = (long)x * newWidth, end = at + newWidth;
            while (at < end)
            {
                long boundary = (long)(column + 1) * width;
                long take = Math.Min(end, boundary) - at;
                for (int k = 0; k < components; k++) sums[column * components + k] += row[x * components + k] * take;
                at += take;
                if (at == boundary) column++;
            }
        }
    }
}
