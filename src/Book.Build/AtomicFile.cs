namespace Book.Build;

/// <summary>Writes a file by way of a temporary beside it and a rename, so a failed build never leaves half a file.</summary>
public static class AtomicFile
{
    static int _counter;

    public static void Write(string path, byte[] bytes) => WriteAll([(path, bytes)]);

    /// <inheritdoc cref="WriteAll(IReadOnlyList{ValueTuple{string, Action{Stream}}})"/>
    public static void WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> files) =>
        WriteAll(files.Select(f => (f.Path, (Action<Stream>)(s => s.Write(f.Bytes)))).ToList());

    /// <inheritdoc cref="WriteAll(IReadOnlyList{ValueTuple{string, Action{Stream}}})"/>
    public static void WriteAll(IReadOnlyList<(string Path, OutputBuffer Content)> files) =>
        WriteAll(files.Select(f => (f.Path, (Action<Stream>)f.Content.WriteTo)).ToList());

    /// <summary>
    /// Writes every file to its temporary first and renames only when all are written, so one failure
    /// leaves every earlier output as it was (a PDF never newer than its EPUB). A destination that is a
    /// folder is refused before any rename. Temporaries are removed whatever happens. Each file's
    /// content is given by what writes it to a stream.
    /// </summary>
    public static void WriteAll(IReadOnlyList<(string Path, Action<Stream> Write)> files)
    {
        var temps = new List<(string Tmp, string Path)>();
        try
        {
            foreach (var (path, write) in files)
            {
                var full = Path.GetFullPath(path);
                if (Directory.Exists(full)) throw new IOException($"'{path}' is a folder.");
                // Unique per build, even for builds running side by side in one process (watch, tests).
                var tmp = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".tmp-"
                    + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-"
                    + Interlocked.Increment(ref _counter).ToString(System.Globalization.CultureInfo.InvariantCulture));
                temps.Add((tmp, full));
                using (var stream = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None))
                    write(stream);
            }
            foreach (var (tmp, full) in temps) File.Move(tmp, full, overwrite: true);
        }
        finally
        {
            foreach (var (tmp, _) in temps)
                if (File.Exists(tmp)) File.Delete(tmp);
        }
    }
}
