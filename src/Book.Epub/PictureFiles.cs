using System.Security.Cryptography;

namespace Book.Epub;

/// <summary>A picture file to carry in the e-book: its bytes as read and its media type (image/jpeg, image/png, image/svg+xml).</summary>
public sealed record EpubPicture(byte[] Data, string MediaType)
{
    public string Extension => MediaType switch { "image/jpeg" => ".jpg", "image/png" => ".png", "image/svg+xml" => ".svg", _ => ".bin" };
}

/// <summary>
/// Where each picture goes in the e-book: <c>images/</c> and a name made from its content, so a file
/// placed twice (or under two names) is carried once and the name never depends on the author's
/// spelling of the path (spaces, non-ASCII letters, "../").
/// </summary>
sealed class PictureFiles
{
    readonly Dictionary<string, string> _hrefByPath = new(StringComparer.Ordinal);
    readonly SortedDictionary<string, EpubPicture> _byHref = new(StringComparer.Ordinal);

    public PictureFiles(IReadOnlyDictionary<string, EpubPicture> pictures)
    {
        foreach (var (path, p) in pictures)
        {
            var href = "images/" + Convert.ToHexStringLower(SHA256.HashData(p.Data))[..16] + Extension(p.MediaType);
            _hrefByPath[path] = href;
            _byHref.TryAdd(href, p);
        }
    }

    /// <summary>The picture's place relative to the XHTML files; null when the build has no such picture.</summary>
    public string? Href(string path) => _hrefByPath.GetValueOrDefault(path);

    /// <summary>Every file, in name order (the manifest's and the zip's order, stable from build to build).</summary>
    public IEnumerable<(string Href, EpubPicture Picture)> Files => _byHref.Select(kv => (kv.Key, kv.Value));

    static string Extension(string mediaType) => mediaType switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/svg+xml" => ".svg",
        "image/gif" => ".gif",
        "image/webp" => ".webp",
        _ => throw new ArgumentException($"an e-book cannot carry a picture of type {mediaType}"),
    };
}
