using Book.Model;

namespace Book.Core.Sources;

/// <summary>What book.yaml says, with defaults filled in and where each chapter was named (for diagnostics);
/// <see cref="Build"/> holds what it says about the build rather than the book.</summary>
public sealed record Manifest(
    BookMetadata Meta,
    string? Dedication,
    IReadOnlyList<FileRef> FrontMatter,
    string? Colophon,
    IReadOnlyList<FileRef> Chapters,
    IReadOnlyList<FileRef> Appendices,   // a .md file, or a generated appendix: chronology, bibliography, index
    bool ListOfTables,
    bool ListOfFigures,
    BuildSettings Build)
{
    /// <summary>The back cover's Markdown (<c>cover: { back: … }</c>); null when the back cover has no text.</summary>
    public BackCoverText? BackCover { get; init; }

    /// <summary>The bibliography files (<c>bibliography:</c>, one or a list); empty: sources.yaml or sources.json if there is one.</summary>
    public IReadOnlyList<FileRef> Bibliography { get; init; } = [];

    /// <summary>The citation style (<c>csl:</c>): a built-in style's name or a .csl file in the project; null: Chicago notes.</summary>
    public NamedSetting? Csl { get; init; }
}

/// <summary>The back cover's text: a Markdown file of the project (<see cref="File"/>) or text written in book.yaml (<see cref="Inline"/>).</summary>
public sealed record BackCoverText(string? File, string? Inline, SourceSpan Span);

public sealed record FileRef(string Path, SourceSpan Span)
{
    public bool IsGenerated => !Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
    /// <summary>The generated appendix this entry asks for; null for a Markdown file or an unknown name.</summary>
    public GeneratedAppendix? Generated => IsGenerated ? GeneratedAppendices.Parse(Path) : null;
}
