using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Book.Build.Saving;

/// <summary>
/// Saves a set of outputs all or nothing, even when the process is stopped halfway:
/// <list type="number">
/// <item>the output folder is locked (<see cref="OutputLock"/>); what an earlier, killed save left
///   is undone (<see cref="CommitJournal"/>) and its temporaries removed;</item>
/// <item>every output is written to a temporary beside it and flushed to the disk;</item>
/// <item>each previous version is kept under a second name (a hard link: no copy, no moment when the
///   output's name is missing), the journal is written, and the temporaries are renamed over the
///   outputs; SIGINT, SIGTERM, SIGHUP and SIGQUIT wait until this step has finished;</item>
/// <item>a rename that fails puts every previous version back before the error is reported; when
///   all succeed the journal is deleted (the new set is saved) and so are the kept versions.</item>
/// </list>
/// A folder output (the web edition) is written as a whole folder beside its destination and swapped
/// in by two renames (the previous folder aside, the new one in) under the same journal, so a stopped
/// save puts the previous folder back as it does a file.
/// </summary>
internal static partial class OutputCommit
{
    static int _counter;

    [GeneratedRegex(@"^\..+\.(tmp|old)-\d+-\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex LeftOver();

    public static SaveReport Save(IReadOnlyList<(string Path, Action<Stream> Write)> files, Action<string>? notice) =>
        Save(files.Select(f => new SaveItem(f.Path, f.Write)).ToList(), notice);

    public static SaveReport Save(IReadOnlyList<SaveItem> files, Action<string>? notice)
    {
        var outputs = files.Select(f => (Full: Path.GetFullPath(f.Path), f.Write, f.Folder)).ToList();
        foreach (var (full, _, folder) in outputs)
            if (!folder && Directory.Exists(full)) throw new IOException($"'{full}' is a folder.");
            else if (folder && File.Exists(full)) throw new IOException($"'{full}' is a file; the web edition needs a folder there.");
        var folders = outputs.Select(o => Path.GetDirectoryName(o.Full)!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var locks = new List<OutputLock>();
        try
        {
            foreach (var folder in folders)
            {
                locks.Add(OutputLock.Take(folder, notice));
                Repair(folder, notice);
            }
            var work = new List<Entry>();
            try
            {
                foreach (var (full, write, folder) in outputs)
                {
                    var entry = new Entry(full, Sibling(full, "tmp"), folder);
                    work.Add(entry);
                    if (folder)
                    {
                        var bundle = new MemoryStream();
                        write(bundle);
                        FolderBundle.Unpack(bundle.ToArray(), entry.Temp);
                        continue;
                    }
                    using var stream = new FileStream(entry.Temp, FileMode.Create, FileAccess.Write, FileShare.None);
                    write(stream);
                    stream.Flush(flushToDisk: true);
                }
                return Commit(folders, work);
            }
            finally
            {
                foreach (var e in work) TryDelete(e.Temp);
            }
        }
        finally
        {
            foreach (var l in locks) l.Dispose();
        }
    }

    sealed class Entry(string full, string temp, bool folder)
    {
        public string Full { get; } = full;
        public string Temp { get; } = temp;
        public bool Folder { get; } = folder;
        public string? Backup { get; set; }
        public bool Existed { get; set; }
    }

    static SaveReport Commit(List<string> folders, List<Entry> work)
    {
        var fault = Fault.FromEnvironment();
        using var signals = new SignalHold();
        foreach (var e in work)
        {
            e.Existed = e.Folder ? Directory.Exists(e.Full) : File.Exists(e.Full);
            if (!e.Existed) continue;
            e.Backup = Sibling(e.Full, "old");
            // A folder is moved aside at its rename, after the journal names where it goes.
            if (!e.Folder && !Posix.TryHardLink(e.Full, e.Backup)) File.Copy(e.Full, e.Backup);
        }
        foreach (var folder in folders)
            CommitJournal.Write(folder, work.Where(e => Path.GetDirectoryName(e.Full) == folder)
                .Select(e => (Path.GetFileName(e.Full), e.Backup is null ? null : Path.GetFileName(e.Backup))).ToList());
        int renamed = 0;
        try
        {
            foreach (var e in work)
            {
                fault.BeforeRename(renamed, e.Full);
                if (e.Folder)
                {
                    if (e.Backup is not null) Directory.Move(e.Full, e.Backup);
                    Directory.Move(e.Temp, e.Full);
                }
                else File.Move(e.Temp, e.Full, overwrite: true);
                renamed++;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            foreach (var folder in folders) CommitJournal.RollBack(folder);
            foreach (var e in work) if (e.Backup is not null) TryDelete(e.Backup);
            throw;
        }
        foreach (var folder in folders) Posix.SyncFolder(folder);
        foreach (var folder in folders) File.Delete(Path.Combine(folder, CommitJournal.FileName)); // saved
        foreach (var folder in folders) Posix.SyncFolder(folder);
        foreach (var e in work) if (e.Backup is not null) TryDelete(e.Backup);
        return new SaveReport(signals.Received);
    }

    public static void Recover(string folder, Action<string>? notice)
    {
        if (!File.Exists(Path.Combine(folder, CommitJournal.FileName))) return; // the common case: no lock taken
        using var held = OutputLock.Take(folder, notice);
        Repair(folder, notice);
    }

    static void Repair(string folder, Action<string>? notice)
    {
        if (CommitJournal.RollBack(folder)) notice?.Invoke($"an earlier build was stopped while saving into '{folder}'; its previous files were put back");
        RemoveLeftOvers(folder);
    }

    /// <summary>Temporaries and kept versions of builds that died (this one holds the lock, so none is alive).</summary>
    static void RemoveLeftOvers(string folder)
    {
        if (!Directory.Exists(folder)) return;
        foreach (var f in Directory.EnumerateFiles(folder, ".*"))
            if (LeftOver().IsMatch(Path.GetFileName(f))) TryDelete(f);
        foreach (var d in Directory.EnumerateDirectories(folder, ".*"))
            if (LeftOver().IsMatch(Path.GetFileName(d))) TryDelete(d);
    }

    /// <summary>A name beside the output, unique per build and per save in this process.</summary>
    static string Sibling(string full, string kind) =>
        Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + kind + "-"
            + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-"
            + Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture));

    static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path)) File.Delete(path);
            else if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>Holds termination signals while outputs are renamed; the save finishes, then the caller stops.</summary>
    sealed class SignalHold : IDisposable
    {
        readonly List<PosixSignalRegistration> _registrations = new();
        public PosixSignal? Received { get; private set; }

        public SignalHold()
        {
            if (OperatingSystem.IsWindows() || OperatingSystem.IsBrowser()) return;
            foreach (var s in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
                _registrations.Add(PosixSignalRegistration.Create(s, ctx => { ctx.Cancel = true; Received ??= ctx.Signal; }));
        }

        public void Dispose()
        {
            foreach (var r in _registrations) r.Dispose();
        }
    }
}

/// <summary>One output to save: a file, or a folder whose files <see cref="FolderBundle"/> packs into the stream.</summary>
internal sealed record SaveItem(string Path, Action<Stream> Write, bool Folder = false);

/// <summary>What a save met: a termination signal held until the outputs were complete (the caller then stops).</summary>
public sealed record SaveReport(PosixSignal? Interrupted);
