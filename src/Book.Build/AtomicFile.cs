using Book.Build.Saving;

namespace Book.Build;

/// <summary>Saves outputs all or nothing (<see cref="OutputCommit"/>): a failed or stopped build never leaves half a file or a mixed set.</summary>
public static class AtomicFile
{
    public static void Write(string path, byte[] bytes) => WriteAll([(path, bytes)]);

    /// <inheritdoc cref="WriteAll(IReadOnlyList{ValueTuple{string, Action{Stream}}}, Action{string}?)"/>
    public static SaveReport WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> files, Action<string>? notice = null) =>
        WriteAll(files.Select(f => (f.Path, (Action<Stream>)(s => s.Write(f.Bytes)))).ToList(), notice);

    /// <inheritdoc cref="WriteAll(IReadOnlyList{ValueTuple{string, Action{Stream}}}, Action{string}?)"/>
    public static SaveReport WriteAll(IReadOnlyList<(string Path, OutputBuffer Content)> files, Action<string>? notice = null) =>
        WriteAll(files.Select(f => (f.Path, (Action<Stream>)f.Content.WriteTo)).ToList(), notice);

    /// <summary>
    /// Writes every file to a temporary first and renames only when all are written, so one failure
    /// leaves every earlier output as it was (a PDF never newer than its EPUB). A destination that is a
    /// folder is refused before any rename. <paramref name="notice"/> hears what the user should know
    /// (waiting for another build, an earlier stopped save undone).
    /// </summary>
    /// <exception cref="IOException">a file or the folder could not be written; the earlier files are as they were</exception>
    public static SaveReport WriteAll(IReadOnlyList<(string Path, Action<Stream> Write)> files, Action<string>? notice = null) =>
        OutputCommit.Save(files, notice);
}
