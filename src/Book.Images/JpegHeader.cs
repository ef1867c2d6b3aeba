namespace Book.Images;

/// <summary>
/// What a JPEG's markers say, read without decoding a pixel: size, components, resolution (JFIF,
/// else EXIF), EXIF orientation, Adobe's colour transform, the ICC profile (APP2 chunks put back in
/// order); and that the file is whole (its scans end in an end-of-image marker).
/// </summary>
internal sealed record JpegHeader(int Width, int Height, int Components, double PpiX, double PpiY,
    bool AdobeInverted, int Orientation, byte[]? Icc, bool Progressive)
{
    static readonly byte[] IccTag = "ICC_PROFILE\0"u8.ToArray();

    public static JpegHeader Read(ReadOnlySpan<byte> b, List<string> warnings)
    {
        int i = 2, width = 0, height = 0, components = 0, orientation = 1;
        double jfifX = 0, jfifY = 0;
        ExifTags exif = default;
        bool adobe = false, progressive = false, frame = false, scan = false, end = false;
        var icc = new SortedDictionary<int, byte[]>();
        int iccCount = 0;
        while (i < b.Length)
        {
            if (b[i] != 0xFF)
            {
                // Entropy-coded data after a scan header: skip to the next marker that is not a
                // stuffed zero or a restart (those belong to the scan).
                if (!scan) throw new PictureFormatException($"a JPEG file with a broken marker at byte {i}");
                int next = b[i..].IndexOf((byte)0xFF);
                if (next < 0) break;
                i += next;
                continue;
            }
            if (i + 1 >= b.Length) break;
            byte marker = b[i + 1];
            if (marker == 0xFF) { i++; continue; }
            if (marker is 0x00 or 0x01 or 0xD8 || marker is >= 0xD0 and <= 0xD7) { i += 2; continue; }
            if (marker == 0xD9) { end = true; break; }
            if (i + 4 > b.Length) break;
            int length = (b[i + 2] << 8) | b[i + 3];
            if (length < 2) throw new PictureFormatException($"a JPEG file with a broken marker at byte {i}");
            if (i + 2 + length > b.Length) break;
            var seg = b.Slice(i + 4, length - 2);
            switch (marker)
            {
                case 0xE0 when seg.Length >= 12 && seg[..5].SequenceEqual("JFIF\0"u8):
                    int unit = seg[7], dx = (seg[8] << 8) | seg[9], dy = (seg[10] << 8) | seg[11];
                    if (dx > 0 && dy > 0 && unit is 1 or 2) { double f = unit == 1 ? 1 : 2.54; jfifX = dx * f; jfifY = dy * f; }
                    break;
                case 0xE1 when seg.Length > 6 && seg[..6].SequenceEqual("Exif\0\0"u8):
                    exif = ExifTags.Read(seg[6..]);
                    orientation = exif.Orientation;
                    break;
                case 0xE2 when seg.Length > 14 && seg[..12].SequenceEqual(IccTag):
                    iccCount = seg[13];
                    icc.TryAdd(seg[12], seg[14..].ToArray());
                    break;
                case 0xEE when seg.Length >= 12 && seg[..5].SequenceEqual("Adobe"u8):
                    adobe = true;
                    break;
                case 0xC0 or 0xC1 or 0xC2:
                    if (seg.Length < 6) throw new PictureFormatException("a JPEG file with a short frame header");
                    if (seg[0] != 8) throw new PictureFormatException($"a {seg[0]}-bit JPEG (PDF readers show only 8-bit JPEGs)");
                    height = (seg[1] << 8) | seg[2];
                    width = (seg[3] << 8) | seg[4];
                    components = seg[5];
                    progressive = marker == 0xC2;
                    frame = true;
                    break;
                case 0xC3: throw new PictureFormatException("a lossless JPEG (PDF readers cannot show it)");
                case 0xC5 or 0xC6 or 0xC7: throw new PictureFormatException("a hierarchical JPEG (PDF readers cannot show it)");
                case 0xC9 or 0xCA or 0xCB or 0xCD or 0xCE or 0xCF: throw new PictureFormatException("an arithmetic-coded JPEG (PDF readers cannot show it)");
                case 0xDA:
                    if (!frame) throw new PictureFormatException("a JPEG file whose scan comes before its frame header");
                    scan = true;
                    break;
            }
            i += 2 + length;
        }
        if (!frame || width == 0 || height == 0) throw new PictureFormatException("a JPEG file without a frame size (cut short or damaged)");
        if (components is not (1 or 3 or 4)) throw new PictureFormatException($"a JPEG file with {components} colour components (1, 3 or 4 are usable)");
        if (!scan || !end) throw new PictureFormatException("a JPEG file cut short (its data ends before the end-of-image marker)");
        PictureLimits.Check("JPEG", width, height, 4);

        byte[]? profile = null;
        if (icc.Count > 0)
        {
            if (iccCount != icc.Count || icc.Keys.First() != 1 || icc.Keys.Last() != iccCount)
                warnings.Add($"its ICC profile is in {iccCount} pieces of which {icc.Count} were found; it was left out (colours are taken as sRGB)");
            else profile = IccProfile.Checked(icc.Values.SelectMany(c => c).ToArray(), components, warnings);
        }
        double ppiX = jfifX > 0 ? jfifX : exif.PpiX > 0 ? exif.PpiX : 96;
        double ppiY = jfifY > 0 ? jfifY : exif.PpiY > 0 ? exif.PpiY : 96;
        return new JpegHeader(width, height, components, ppiX, ppiY, adobe && components == 4, orientation, profile, progressive);
    }
}
