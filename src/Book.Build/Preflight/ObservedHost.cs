using Book.Core.Sources;

namespace Book.Build.Preflight;

/// <summary>The same files, fonts and date, noting every text file the build reads: the preflight scans exactly the book's own files.</summary>
public sealed class ObservedHost(IBuildHost inner) : IBuildHost
{
    readonly List<(string Full, string Text)> _read = new();
    ProjectFiles? _files;

    public ProjectFiles Project(string projectDir)
    {
        _files = inner.Project(projectDir);
        return _files.Observed((full, text) => { lock (_read) _read.Add((full, text)); });
    }

    public IReadOnlyList<string> FontFamilies => inner.FontFamilies;
    public FontFaces? Family(string name) => inner.Family(name);
    public DateTimeOffset? SourceDate => inner.SourceDate;

    /// <summary>Each text file read once, by the name diagnostics give it ("chapters/03-siege.md").</summary>
    public IReadOnlyList<(string File, string Text)> Texts
    {
        get
        {
            if (_files is null) return [];
            lock (_read)
                return _read.DistinctBy(r => r.Full, StringComparer.Ordinal)
                    .Select(r => (_files.Display(Path.GetRelativePath(_files.Root, r.Full)), r.Text)).ToList();
        }
    }

    public string ManifestFile => _files?.Display(ManifestReader.FileName) ?? ManifestReader.FileName;
}
