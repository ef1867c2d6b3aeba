namespace Book.Images;

/// <summary>
/// Downsampling by area averaging: each new pixel is the mean of the old pixels it covers, each
/// weighted by how much of it is covered. The weights are whole numbers (an old pixel is
/// <c>newWidth</c> units wide, a new one <c>oldWidth</c>), so the arithmetic is exact in integers and
/// the result the same on every machine and thread. As the new pixels are no smaller than the old,
/// an old pixel (or row) falls into at most two new ones: its shares are worked out once.
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
        var (columns, firstShare) = Shares(width, newWidth);
        var (rows, rowShare) = Shares(height, newHeight);
        var result = new byte[(long)newRowBytes * newHeight];
        // A new pixel's row sum is at most 255 × width: an int. One spare pixel: the last old pixel's second share is 0.
        var sums = new int[newRowBytes + components];
        var current = new long[newRowBytes];
        var next = new long[newRowBytes];
        long divisor = (long)width * height, half = divisor / 2;
        int outRow = 0;
        for (int y = 0; y < height; y++)
        {
            if (rows[y] > outRow)
            {
                Emit(current, result.AsSpan(outRow * newRowBytes, newRowBytes), divisor, half);
                (current, next) = (next, current);
                Array.Clear(next);
                outRow++;
            }
            Across(source.Slice(y * rowBytes, rowBytes), components, columns, firstShare, newWidth, sums);
            long a = rowShare[y], b = newHeight - a;
            for (int k = 0; k < newRowBytes; k++) current[k] += sums[k] * a;
            if (b != 0)
                for (int k = 0; k < newRowBytes; k++) next[k] += sums[k] * b;
        }
        Emit(current, result.AsSpan(outRow * newRowBytes, newRowBytes), divisor, half);
        return result;
    }

    static void Emit(long[] acc, Span<byte> output, long divisor, long half)
    {
        for (int k = 0; k < output.Length; k++) output[k] = (byte)((acc[k] + half) / divisor);
    }

    /// <summary>For each old pixel: the new pixel it starts in, and how many of its <paramref name="to"/>
    /// units fall there (the rest fall in the next new pixel).</summary>
    static (int[] Index, int[] Share) Shares(int from, int to)
    {
        var index = new int[from];
        var share = new int[from];
        for (int i = 0; i < from; i++)
        {
            long start = (long)i * to, end = start + to;
            int n = (int)(start / from);
            long boundary = (long)(n + 1) * from;
            index[i] = n;
            share[i] = (int)(Math.Min(end, boundary) - start);
        }
        return (index, share);
    }

    /// <summary>One row summed across: each new pixel's samples times the units of each old pixel it covers.</summary>
    static void Across(ReadOnlySpan<byte> row, int components, int[] columns, int[] share, int newWidth, int[] sums)
    {
        Array.Clear(sums);
        var total = sums.AsSpan();
        for (int x = 0, s = 0; x < columns.Length; x++, s += components)
        {
            int a = share[x], b = newWidth - a, c = columns[x] * components;
            var pixel = row.Slice(s, components);
            var first = total.Slice(c, components);
            for (int k = 0; k < pixel.Length; k++) first[k] += pixel[k] * a;
            if (b == 0) continue; // wholly inside one new pixel, as most are
            var second = total.Slice(c + components, components);
            for (int k = 0; k < pixel.Length; k++) second[k] += pixel[k] * b;
        }
    }
}
