namespace Book.Pdf.Syntax;

/// <summary>
/// An image XObject: a stream of samples plus the dictionary that says how to read them, written
/// through typed setters (as pdf-writer's <c>ImageXObject</c>). The data must already be encoded
/// for the <see cref="Filter"/> given.
/// </summary>
public sealed class ImageXObject : PdfStream
{
    public ImageXObject(byte[] data) : base(data)
    {
        this["Type"] = PdfName.Key("XObject");
        this["Subtype"] = PdfName.Key("Image");
    }

    public ImageXObject Width(int pixels) { this["Width"] = pixels; return this; }
    public ImageXObject Height(int pixels) { this["Height"] = pixels; return this; }
    /// <summary>A device colour space: DeviceGray, DeviceRGB or DeviceCMYK.</summary>
    public ImageXObject ColorSpace(string name) { this["ColorSpace"] = PdfName.Key(name); return this; }
    public ImageXObject BitsPerComponent(int bits) { this["BitsPerComponent"] = bits; return this; }
    /// <summary>/Filter: DCTDecode for JPEG data, FlateDecode for zlib-compressed samples.</summary>
    public ImageXObject Filter(string name) { this["Filter"] = PdfName.Key(name); return this; }
    /// <summary>/Decode: per component, the values sample 0 and the largest sample map to (1 0 inverts).</summary>
    public ImageXObject Decode(params double[] ranges) { this["Decode"] = PdfArray.Numbers(ranges); return this; }
    /// <summary>/SMask: a DeviceGray image giving each pixel's opacity.</summary>
    public ImageXObject SMask(PdfReference mask) { this["SMask"] = mask; return this; }
}
