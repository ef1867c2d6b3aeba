namespace Book.Images;

/// <summary>What a JPEG's markers say before its scans: size, components, resolution, Adobe's colour transform.</summary>
internal readonly record struct JpegHeader(int Width, int Height, int Components, double PpiX, double PpiY, bool AdobeInverted)
{
    public static JpegHeader Read(ReadOnlySpan<byte> b)
    {
        int i = 2, width = 0, height = 0, components = 0;
        double ppiX = 96, ppiY = 96;
        bool adobe = false;
        while (i + 4 <= b.Length)
        {
            if (b[i] != 0xFF) throw new PictureFormatException($"a JPEG file with a broken marker at byte {i}");
            byte marker = b[i + 1];
            if (marker == 0xFF) { i++; continue; }
            if (marker is 0xD8 or 0x01 || marker is >= 0xD0 and <= 0xD7) { i += 2; continue; }
            int length = (b[i + 2] << 8) | b[i + 3];
            if (length < 2 || i + 2 + length > b.Length) throw new PictureFormatException("a JPEG file cut short");
            var seg = b.Slice(i + 4, length - 2);
            if (marker == 0xE0 && seg.Length >= 12 && seg[..5].SequenceEqual("JFIF\0"u8))
            {
                int unit = seg[7], dx = (seg[8] << 8) | seg[9], dy = (seg[10] << 8) | seg[11];
                if (dx > 0 && dy > 0 && unit is 1 or 2) { double f = unit == 1 ? 1 : 2.54; ppiX = dx * f; ppiY = dy * f; }
            }
            else if (marker == 0xEE && seg.Length >= 12 && seg[..5].SequenceEqual("Adobe"u8)) adobe = true;
            else if (marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC))
            {
                if (seg.Length < 6) throw new PictureFormatException("a JPEG file with a short frame header");
                height = (seg[1] << 8) | seg[2];
                width = (seg[3] << 8) | seg[4];
                components = seg[5];
                break;
            }
            else if (marker == 0xDA) break;
            i += 2 + length;
        }
        if (width == 0 || height == 0) throw new PictureFormatException("a JPEG file without a frame size");
        if (components is not (1 or 3 or 4)) throw new PictureFormatException($"a JPEG file with {components} colour components (1, 3 or 4 are usable)");
        return new JpegHeader(width, height, components, ppiX, ppiY, adobe && components == 4);
    }
}
