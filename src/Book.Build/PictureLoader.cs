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
    public static DecodedPicture? Load(ProjectFiles files, string path, SourceSpan? at, DiagnosticBag diags)
    {
        var bytes = files.ReadBytes(path, at, diags);
        if (bytes is null) return null;
        try
        {
            var picture = PictureDecoder.Decode(bytes);
            foreach (var w in picture.Warnings) diags.Warning(at, $"{files.Display(path)}: {w}");
            return picture;
        }
        catch (PictureFormatException e)
        {
            diags.Error(at, $"{files.Display(path)} cannot be used as a picture: {e.Message}");
            return null;
        }
    }
}
