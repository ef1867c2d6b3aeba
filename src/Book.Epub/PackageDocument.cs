using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>package.opf: metadata (Dublin Core and schema.org accessibility), manifest and spine.</summary>
static class PackageDocument
{
    public sealed record Item(string Id, string Href, string MediaType, string? Properties, bool InSpine);

    public static XElement Build(BookMetadata meta, DateTime modified, IReadOnlyList<Item> items, bool hasPageList)
    {
        var md = new XElement(Opf + "metadata",
            new XAttribute(XNamespace.Xmlns + "dc", Dc.NamespaceName),
            new XElement(Dc + "identifier", A("id", "pub-id"), T(Identifier(meta))),
            new XElement(Dc + "title", A("id", "title"), T(meta.Title)),
            new XElement(Opf + "meta", A("refines", "#title"), A("property", "title-type"), "main"));
        if (!string.IsNullOrEmpty(meta.Subtitle))
            md.Add(new XElement(Dc + "title", A("id", "subtitle"), T(meta.Subtitle)),
                   new XElement(Opf + "meta", A("refines", "#subtitle"), A("property", "title-type"), "subtitle"));
        for (int i = 0; i < meta.Editors.Count; i++)
        {
            var id = "editor-" + (i + 1).ToString(CultureInfo.InvariantCulture);
            md.Add(new XElement(Dc + "creator", A("id", id), T(meta.Editors[i])),
                   new XElement(Opf + "meta", A("refines", "#" + id), A("property", "role"), A("scheme", "marc:relators"), "edt"));
        }
        md.Add(new XElement(Dc + "language", meta.Language));
        if (!string.IsNullOrEmpty(meta.Date)) md.Add(new XElement(Dc + "date", T(meta.Date)));
        if (!string.IsNullOrEmpty(meta.Description)) md.Add(new XElement(Dc + "description", T(meta.Description)));
        // One dc:subject per keyword, as reading systems and catalogues index them; the subject leads.
        foreach (var subject in (meta.Subject is { Length: > 0 } s ? [s] : Array.Empty<string>()).Concat(meta.Keywords).Distinct(StringComparer.Ordinal))
            md.Add(new XElement(Dc + "subject", T(subject)));
        md.Add(new XElement(Opf + "meta", A("property", "dcterms:modified"), modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));

        foreach (var v in new[] { "textual" }) md.Add(Meta("schema:accessMode", v));
        md.Add(Meta("schema:accessModeSufficient", "textual"));
        var features = new List<string> { "structuralNavigation", "tableOfContents", "readingOrder", "alternativeText" };
        if (hasPageList) features.AddRange(["pageNavigation", "pageBreakMarkers"]);
        foreach (var f in features) md.Add(Meta("schema:accessibilityFeature", f));
        md.Add(Meta("schema:accessibilityHazard", "none"));
        md.Add(Meta("schema:accessibilitySummary", Summary(meta.Locale, hasPageList)));
        // a11y:pageBreakSource would name the print source, but epubcheck 4.2 (Debian, CI) rejects the property;
        // the summary says where the page numbers come from instead.

        var manifest = new XElement(Opf + "manifest", items.Select(i => new XElement(Opf + "item",
            A("id", i.Id), A("href", i.Href), A("media-type", i.MediaType), i.Properties is null ? null : A("properties", i.Properties))));
        var spine = new XElement(Opf + "spine", items.Where(i => i.InSpine).Select(i => new XElement(Opf + "itemref", A("idref", i.Id))));

        return new XElement(Opf + "package",
            new XAttribute("xmlns", Opf.NamespaceName),
            A("version", "3.0"),
            A("unique-identifier", "pub-id"),
            new XAttribute(XNamespace.Xml + "lang", meta.Language),
            md, manifest, spine);
    }

    static XElement Meta(string property, string value) => new(Opf + "meta", A("property", property), T(value));

    static string Summary(Locale locale, bool pages) =>
        locale["accessibility-summary"] + (pages ? " " + locale["accessibility-pages"] : "");

    /// <summary>The book's identifier, or a name-based (version 5) UUID of its slug: stable, never random.</summary>
    public static string Identifier(BookMetadata meta)
    {
        if (!string.IsNullOrWhiteSpace(meta.Identifier)) return meta.Identifier!;
        // RFC 4122 URL namespace 6ba7b811-9dad-11d1-80b4-00c04fd430c8, name "book:<slug>".
        byte[] ns = Convert.FromHexString("6ba7b8119dad11d180b400c04fd430c8");
        byte[] name = Encoding.UTF8.GetBytes("book:" + meta.Slug);
        byte[] hash = SHA1.HashData([.. ns, .. name]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash, 0, 16);
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}
