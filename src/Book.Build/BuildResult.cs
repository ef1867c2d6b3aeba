using Book.Core.Pipeline;
using Book.Core.Sources;
using Book.Model;
using Book.Pages;

namespace Book.Build;

/// <summary>
/// One build's result. When it <see cref="Succeeded"/>, <see cref="Outputs"/> holds every output in
/// memory, ready for <see cref="Publication.WriteAll"/>; when not, there are none and the
/// diagnostics say why.
/// </summary>
public sealed class BuildResult
{
    public required DiagnosticBag Diagnostics { get; init; }
    public BookDocument? Book { get; init; }
    public PageTree? Pages { get; init; }
    public BuildSettings? Settings { get; init; }
    public IReadOnlyList<BuiltOutput> Outputs { get; init; } = [];
    /// <summary>The pictures and cover art as decoded, for a preflight that judges them as printed.</summary>
    public BookPictures? Pictures { get; init; }
    public CoverArt? Covers { get; init; }

    public bool Succeeded => !Diagnostics.HasErrors && Book is not null;
}

/// <summary>A written output held in memory: its format's name, the file it goes to, its bytes and what it holds in words.</summary>
public sealed record BuiltOutput(string Name, string Path, OutputBuffer Content, string What)
{
    /// <summary>A folder output: <see cref="Content"/> is a <see cref="Saving.FolderBundle"/> of its files.</summary>
    public bool Folder { get; init; }

    public byte[] ToArray() => Content.ToArray();
}
