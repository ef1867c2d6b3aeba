using Book.Core.Sources;
using Book.Images;
using Book.Model;

namespace Book.Build;

/// <summary>
/// Reads one picture file of the project, confined to its folder as every input is, and decodes it.
/// Every refusal (missing, outside the project, not a usable picture) is an error at the reference.
/// </summary>
public static class PictureLoader
{
    public static DecodedPicture? Load(ProjectFiles files, string path, SourceSpan? at, DiagnosticBag diags) =>
        LoadFile(files, path, at, diags, null)?.Picture;

    /// <summary>The picture and the file's bytes (what the e-book carries); a <paramref name="cache"/> spares decoding a file seen before.</summary>
    public static (DecodedPicture Picture, byte[] Bytes)? LoadFile(ProjectFiles files, string path, SourceSpan? at, DiagnosticBag diags, PictureCache? cache)
    {
        var bytes = files.ReadBytes(path, at, diags);
        if (bytes is null) return null;
        try
        {
            var picture = cache is null ? PictureDecoder.Decode(bytes) : cache.GetOrDecode(bytes);
            foreach (var w in picture.Warnings) diags.Warning(at, $"{files.Display(path)}: {w}");
            return (picture, bytes);
        }
        catch (PictureFormatException e)
        {
            diags.Error(at, $"{files.Display(path)} cannot be used as a picture: {e.Message}");
            return null;
        }
    }
}
