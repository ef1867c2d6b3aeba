using System.Diagnostics;

namespace Book.Cli;

/// <summary>
/// The changes to a project folder, from a FileSystemWatcher, debounced: <see cref="Next"/>
/// returns once a change has come and the folder has then been quiet for a while, so an
/// editor's save (often a temporary file, a rename and a write) makes one rebuild, not three.
/// Ignores the output folder and editors' scratch files, which would otherwise loop.
/// </summary>
public sealed class ChangeFeed : IDisposable
{
    readonly FileSystemWatcher _watcher;
    readonly string _root;
    readonly string? _ignoreDir;
    readonly object _gate = new();
    readonly SortedSet<string> _pending = new(StringComparer.Ordinal);
    readonly SemaphoreSlim _signal = new(0);
    long _lastChange;
    readonly bool _ignoreOutputFiles;

    /// <param name="ignoreDir">a folder inside the project whose changes never count (the output folder)</param>
    public ChangeFeed(string projectDir, string? ignoreDir)
    {
        _root = Path.GetFullPath(projectDir);
        _ignoreDir = ignoreDir is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(ignoreDir)) + Path.DirectorySeparatorChar;
        // Outputs written into the project folder itself (or above it): ignore what a build writes, by kind.
        if (_ignoreDir is not null && (_root + Path.DirectorySeparatorChar).StartsWith(_ignoreDir, StringComparison.Ordinal))
        {
            _ignoreDir = null;
            _ignoreOutputFiles = true;
        }
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        _watcher.Changed += (_, e) => Note(e.FullPath);
        _watcher.Created += (_, e) => Note(e.FullPath);
        _watcher.Deleted += (_, e) => Note(e.FullPath);
        _watcher.Renamed += (_, e) => { Note(e.OldFullPath); Note(e.FullPath); };
        // Too many changes at once for the watcher's buffer: rebuild anyway.
        _watcher.Error += (_, _) => Note(null);
        _watcher.EnableRaisingEvents = true;
    }

    void Note(string? fullPath)
    {
        string name;
        if (fullPath is null) name = "(many files)";
        else if (Ignored(fullPath)) return;
        else name = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
        lock (_gate)
        {
            _pending.Add(name);
            _lastChange = Stopwatch.GetTimestamp();
            _signal.Release();
        }
    }

    bool Ignored(string fullPath)
    {
        if (_ignoreDir is not null && (fullPath + Path.DirectorySeparatorChar).StartsWith(_ignoreDir, StringComparison.Ordinal)) return true;
        // Hidden files and folders (.git, atomic-write temporaries, vim's .swp), emacs' #autosave# and backup~, vim's 4913 probe.
        foreach (var part in Path.GetRelativePath(_root, fullPath).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
            if (part.StartsWith('.') || part.StartsWith('#')) return true;
        var file = Path.GetFileName(fullPath);
        if (_ignoreOutputFiles && (file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".epub", StringComparison.OrdinalIgnoreCase))) return true;
        return file.EndsWith('~') || file == "4913" || file.EndsWith(".swp", StringComparison.Ordinal) || file.EndsWith(".tmp", StringComparison.Ordinal);
    }

    /// <summary>
    /// Waits for a change, then for <paramref name="quiet"/> without one; returns the files
    /// changed (project-relative, sorted), or null when cancelled.
    /// </summary>
    public IReadOnlyList<string>? Next(TimeSpan quiet, CancellationToken cancel)
    {
        try
        {
            _signal.Wait(cancel);
            while (true)
            {
                TimeSpan since;
                lock (_gate) since = Stopwatch.GetElapsedTime(_lastChange);
                if (since >= quiet) break;
                _signal.Wait(quiet - since, cancel);
            }
        }
        catch (OperationCanceledException) { return null; }
        lock (_gate)
        {
            var changed = _pending.ToList();
            _pending.Clear();
            while (_signal.Wait(0)) { }
            return changed;
        }
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _signal.Dispose();
    }
}
