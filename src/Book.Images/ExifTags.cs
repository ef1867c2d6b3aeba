namespace Book.Images;

/// <summary>
/// The two things a JPEG's EXIF block says that change how it is drawn: the orientation tag
/// (0x0112) and the resolution (0x011A/0x011B/0x0128), read from IFD0 of its TIFF structure.
/// Anything malformed is ignored: EXIF is advice, the pixels are what counts.
/// </summary>
internal readonly record struct ExifTags(int Orientation, double PpiX, double PpiY)
{
    /// <param name="tiff">the APP1 segment after "Exif\0\0"</param>
    public static ExifTags Read(ReadOnlySpan<byte> tiff)
    {
        int orientation = 1;
        double xres = 0, yres = 0;
        int unit = 2;
        if (tiff.Length < 8) return new(1, 0, 0);
        bool little = tiff[0] == 'I' && tiff[1] == 'I';
        if (!little && !(tiff[0] == 'M' && tiff[1] == 'M')) return new(1, 0, 0);
        if (U16(tiff, 2, little) != 42) return new(1, 0, 0);
        long ifd = U32(tiff, 4, little);
        if (ifd < 8 || ifd + 2 > tiff.Length) return new(1, 0, 0);
        int count = U16(tiff, (int)ifd, little);
        for (int k = 0; k < count; k++)
        {
            int e = (int)ifd + 2 + k * 12;
            if (e + 12 > tiff.Length) break;
            int tag = U16(tiff, e, little), type = U16(tiff, e + 2, little);
            switch (tag)
            {
                case 0x0112 when type == 3: orientation = U16(tiff, e + 8, little); break;
                case 0x0128 when type == 3: unit = U16(tiff, e + 8, little); break;
                case 0x011A or 0x011B when type == 5:
                    long at = U32(tiff, e + 8, little);
                    if (at < 8 || at + 8 > tiff.Length) break;
                    long num = U32(tiff, (int)at, little), den = U32(tiff, (int)at + 4, little);
                    double v = den == 0 ? 0 : (double)num / den;
                    if (tag == 0x011A) xres = v; else yres = v;
                    break;
            }
        }
        if (orientation is < 1 or > 8) orientation = 1;
        double f = unit switch { 2 => 1, 3 => 2.54, _ => 0 };
        // Resolutions of nonsense size (0, or a few pixels an inch) would give a picture metres wide.
        if (f == 0 || xres * f < 10 || yres * f < 10 || xres * f > 10_000 || yres * f > 10_000) return new(orientation, 0, 0);
        return new(orientation, xres * f, yres * f);
    }

    static int U16(ReadOnlySpan<byte> t, int at, bool little) =>
        little ? t[at] | (t[at + 1] << 8) : (t[at] << 8) | t[at + 1];

    static long U32(ReadOnlySpan<byte> t, int at, bool little) => little
        ? System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(t[at..])
        : System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(t[at..]);
}
