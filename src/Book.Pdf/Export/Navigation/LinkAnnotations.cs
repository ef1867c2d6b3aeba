using System.Text;
using Book.Pages;
using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>LinkArea items → /Link annotations: internal ones by /Dest name, external by /URI action.</summary>
internal static class LinkAnnotations
{
    // The same in every annotation of the book, and only ever written: one instance each.
    private static readonly PdfArray NoBorder = PdfArray.Numbers(0, 0, 0);
    private static readonly PdfNumber PrintFlag = new(4);

    /// <returns>Each annotation with the link area it came from (whose tag places it in the structure tree).</returns>
    public static List<(LinkArea Link, LinkAnnotationDict Annotation)> Build(Page page, int pageNumber, NamedDestinations destinations, Action<string>? warn)
    {
        var result = new List<(LinkArea, LinkAnnotationDict)>();
        var links = new List<(LinkArea, Transform?)>();
        PageWalk.Placed<LinkArea>(page.Items, null, (link, transform) => links.Add((link, transform)));
        foreach (var (link, transform) in links)
        {
            var (x, y, width, height) = transform is { } t
                ? PageWalk.Bounds(t, link.X, link.Y, link.Width, link.Height)
                : (link.X, link.Y, link.Width, link.Height);
            double bottom = page.Height - y - height;
            var annotation = new LinkAnnotationDict()
                .Rect(x, bottom, x + width, page.Height - y)
                .Border(NoBorder)
                .Flags(PrintFlag); // links are harmless on paper and validators like it set

            if (link.Destination is not null)
            {
                if (!destinations.Contains(link.Destination))
                {
                    // A dead link is worse than none; the typesetter should never produce one.
                    warn?.Invoke($"link on page {pageNumber} points to unknown destination '{link.Destination}'; link dropped");
                    continue;
                }
                annotation.Dest(NamedDestinations.Reference(link.Destination));
            }
            else if (link.Uri is not null)
                annotation.Uri(EscapeUri(link.Uri));
            else continue;
            result.Add((link, annotation));
        }
        return result;
    }

    /// <summary>URI strings are 7-bit ASCII: percent-encode UTF-8 bytes outside it (and spaces).</summary>
    internal static string EscapeUri(string uri)
    {
        var sb = new StringBuilder(uri.Length);
        foreach (byte b in Encoding.UTF8.GetBytes(uri))
        {
            if (b is > 0x20 and < 0x7F) sb.Append((char)b);
            else sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
