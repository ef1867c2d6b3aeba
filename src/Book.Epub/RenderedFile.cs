using System.Xml.Linq;
using Book.Model;

namespace Book.Epub;

/// <summary>One XHTML content document of the spine, before it is wrapped and serialized.</summary>
sealed class RenderedFile(string fileName, Division division, XElement section, string bodyType)
{
    public string FileName { get; } = fileName;
    public Division Division { get; } = division;
    /// <summary>The division's &lt;section&gt;, with notes at its end; page markers are placed into it.</summary>
    public XElement Section { get; } = section;
    /// <summary>frontmatter, bodymatter or backmatter.</summary>
    public string BodyType { get; } = bodyType;
    /// <summary>Level-2 headings with ids, for the nav's nested entries.</summary>
    public List<(string XmlId, string Text)> Sections { get; } = [];
    public bool HasSvg { get; set; }
}

/// <summary>A link whose href is set once every file is rendered and every anchor is known.</summary>
sealed record PendingLink(string TargetId);
