using System.Text;
using Book.Model;

namespace Book.Core.Sources;

/// <summary>
/// Reads files of a project folder: only inside it, only valid UTF-8, only up to a size
/// a book could need. Every refusal is a diagnostic, never an exception.
/// </summary>
public sealed class ProjectFiles(string root)
{
    // Diagnostics name files as the user reached them ("chapters/03-siege.md"), so editors can jump there.
    readonly string _displayRoot = root.TrimEnd('/', '\\');
    readonly string _givenRoot = root;
    Action<string, string>? _onRead;

    /// <summary>The same folder, telling <paramref name="onRead"/> (full path, text) of every file read: book watch learns what a parse depended on.</summary>
    public ProjectFiles Observed(Action<string, string> onRead) => new(_givenRoot) { _onRead = onRead, _read = _read };

    // Every file read, by its full path and by where its links lead (shared with Observed copies):
    // an output must never be written over one of them.
    System.Collections.Concurrent.ConcurrentDictionary<string, byte> _read = new(StringComparer.Ordinal);

    /// <summary>Whether the build read the file at <paramref name="fullPath"/> (or a link to it) as an input.</summary>
    public bool WasRead(string fullPath) =>
        _read.ContainsKey(fullPath) || (File.Exists(fullPath) && _read.ContainsKey(RealPath(fullPath, 0)));

    public const long MaxFileBytes = 16 * 1024 * 1024;
    static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The folder as it was given ("chapters"), for messages about the folder itself.</summary>
    public string Given => _givenRoot;

    /// <summary>The project-relative name used in diagnostics (forward slashes).</summary>
    public string Display(string relative) =>
        (_displayRoot is "" or "." ? relative : _displayRoot + "/" + relative).Replace('\\', '/');

    public string? Resolve(string relative, SourceSpan? namedAt, DiagnosticBag diags)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relative));
        // Checked twice: by the name ("../../etc/passwd") and by where symbolic links along it really lead.
        if (!Inside(full, Root) || !Inside(RealPath(full, 0), _realRoot.Value))
        {
            diags.Error(namedAt, $"'{relative}' is outside the project folder; files must be inside it");
            return null;
        }
        return full;
    }

    readonly Lazy<string> _realRoot = new(() => RealPath(Path.GetFullPath(root), 0));

    static bool Inside(string path, string folder) =>
        path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The absolute path with every symbolic link along it resolved, as the system would open it.
    /// A link loop (or more than 40 hops, the kernel's own limit) yields the path reached so far.</summary>
    static string RealPath(string full, int hops)
    {
        var current = Path.GetPathRoot(full) ?? "/";
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is not null && hops < 40)
            {
                try
                {
                    if (info.ResolveLinkTarget(returnFinalTarget: true) is { } target) next = RealPath(target.FullName, hops + 1);
                }
                catch (IOException) { return next; } // a loop: it cannot be opened anyway
            }
            current = next;
        }
        return current;
    }

    public bool Exists(string relative) => File.Exists(Path.Combine(Root, relative));

    public string? ReadText(string relative, SourceSpan? namedAt, DiagnosticBag diags)
    {
        var (full, bytes) = Read(relative, namedAt, diags);
        if (bytes is null) return null;
        var text = Decode(bytes, Display(relative), diags);
        if (text is not null) _onRead?.Invoke(full!, text);
        return text;
    }

    /// <summary>A binary file (a font, an image): the same confinement and size limit as text, no decoding.</summary>
    public byte[]? ReadBytes(string relative, SourceSpan? namedAt, DiagnosticBag diags) => Read(relative, namedAt, diags).Bytes;

    (string? Full, byte[]? Bytes) Read(string relative, SourceSpan? namedAt, DiagnosticBag diags)
    {
        var full = Resolve(relative, namedAt, diags);
        if (full is null) return (null, null);
        if (!File.Exists(full))
        {
            diags.Error(namedAt ?? new SourceSpan(Display(relative), 0, 0), $"file '{Display(relative)}' not found");
            return (null, null);
        }
        // A FIFO would block the build and a device would never end: only regular files are opened.
        if (FileKind.NotRegular(full) is { } kind)
        {
            diags.Error(namedAt ?? new SourceSpan(Display(relative), 0, 0), $"'{Display(relative)}' is {kind}, not a regular file; only regular files are read");
            return (null, null);
        }
        var len = new FileInfo(full).Length;
        if (len > MaxFileBytes)
        {
            diags.Error(new SourceSpan(Display(relative), 0, 0), $"file is {len / (1024 * 1024)} MiB; the limit is {MaxFileBytes / (1024 * 1024)} MiB per file");
            return (null, null);
        }
        _read.TryAdd(full, 0);
        _read.TryAdd(RealPath(full, 0), 0);
        return (full, File.ReadAllBytes(full));
    }

    /// <summary>Strict UTF-8 (a BOM is allowed); invalid bytes and NULs are errors with their position.</summary>
    public static string? Decode(byte[] bytes, string display, DiagnosticBag diags)
    {
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string text;
        try { text = Strict.GetString(bytes, start, bytes.Length - start); }
        catch (DecoderFallbackException e)
        {
            int offset = start + Math.Max(0, e.Index);
            var (line, col) = LineColumnOfByte(bytes, offset);
            diags.Error(new SourceSpan(display, line, col), $"invalid UTF-8 at byte offset {offset}; save the file as UTF-8");
            return null;
        }
        int nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            var (line, col) = LineColumn(text, nul);
            diags.Error(new SourceSpan(display, line, col), $"NUL character at byte offset {Encoding.UTF8.GetByteCount(text.AsSpan(0, nul)) + start}; the file looks binary or damaged");
            return null;
        }
        return text;
    }

    static (int, int) LineColumnOfByte(byte[] b, int offset)
    {
        int line = 1, col = 1;
        for (int i = 0; i < offset && i < b.Length; i++)
        {
            if (b[i] == '\n') { line++; col = 1; }
            else if ((b[i] & 0xC0) != 0x80) col++;
        }
        return (line, col);
    }

    public static (int Line, int Column) LineColumn(string text, int index)
    {
        int line = 1, col = 1;
        for (int i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n') { line++; col = 1; } else col++;
        }
        return (line, col);
    }
}
