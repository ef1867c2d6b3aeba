using System.Security.Cryptography;
using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// The ICC profiles images embed, each written once however many images share it (a hundred
/// photographs from one camera carry the same profile): an ICCBased colour space stream with /N and
/// the device space a reader falls back on (/Alternate).
/// </summary>
internal sealed class ColorProfiles
{
    private readonly Dictionary<string, PdfReference> _written = new(StringComparer.Ordinal);
    private readonly bool _compress;

    public ColorProfiles(bool compress) => _compress = compress;

    /// <summary>[/ICCBased ref] for the profile, writing it on first use (on the writing thread only).</summary>
    public PdfArray ColorSpace(ObjectWriter writer, ReadOnlyMemory<byte> profile, int components)
    {
        string key = Convert.ToHexString(SHA256.HashData(profile.Span)) + components;
        if (!_written.TryGetValue(key, out var reference))
        {
            var stream = PdfStream.Create(profile.Span, _compress);
            stream["N"] = components;
            stream["Alternate"] = PdfName.Key(ImageEmbedder.DeviceSpace(components));
            reference = writer.Add(stream);
            _written.Add(key, reference);
        }
        return new PdfArray(PdfName.Key("ICCBased"), reference);
    }
}
