using System.Text;

namespace Book.Build.Saving;

/// <summary>
/// The record a save keeps in the output folder while it renames: for each output, its name and
/// the name its previous version is kept under ("-" when there was none). While the journal exists
/// the folder may hold a mix of old and new files; the next save (or a failed rename now) reads it
/// and puts every previous version back. Deleting it is the moment the new set counts as saved.
/// </summary>
internal static class CommitJournal
{
    public const string FileName = ".book-save-journal";

    public static void Write(string folder, IReadOnlyList<(string Name, string? Backup)> entries)
    {
        var sb = new StringBuilder();
        foreach (var (name, backup) in entries) sb.Append(name).Append('\t').Append(backup ?? "-").Append('\n');
        using var stream = new FileStream(Path.Combine(folder, FileName), FileMode.Create, FileAccess.Write, FileShare.None);
        stream.Write(Encoding.UTF8.GetBytes(sb.ToString()));
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Puts back what an interrupted save replaced; true when there was something to undo.</summary>
    public static bool RollBack(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return false;
        foreach (var line in File.ReadAllLines(path, Encoding.UTF8))
        {
            var parts = line.Split('\t');
            if (parts.Length != 2 || !SafeName(parts[0]) || (parts[1] != "-" && !SafeName(parts[1]))) continue;
            var dest = Path.Combine(folder, parts[0]);
            var backup = parts[1] == "-" ? null : Path.Combine(folder, parts[1]);
            if (backup is null) { if (File.Exists(dest)) File.Delete(dest); else if (Directory.Exists(dest)) Directory.Delete(dest, recursive: true); }
            else if (File.Exists(backup)) File.Move(backup, dest, overwrite: true);
            else if (Directory.Exists(backup))
            {
                // A folder output (the web edition): the new folder, if it got in, makes way for the previous one.
                if (Directory.Exists(dest)) Directory.Delete(dest, recursive: true);
                Directory.Move(backup, dest);
            }
        }
        Posix.SyncFolder(folder);
        File.Delete(path);
        Posix.SyncFolder(folder);
        return true;
    }

    /// <summary>A bare file name: a damaged journal must not send a rename anywhere else.</summary>
    static bool SafeName(string name) =>
        name.Length > 0 && name is not ("." or "..") && name.IndexOfAny(['/', '\\', '\0']) < 0;
}
