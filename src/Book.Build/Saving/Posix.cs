using System.Runtime.InteropServices;

namespace Book.Build.Saving;

/// <summary>
/// The few POSIX calls .NET does not offer: an advisory lock on a folder (flock on its descriptor,
/// released by the kernel when the process ends, however it ends), a hard link (a second name for a
/// file, so the previous output can be kept without copying it and without a moment when its name is
/// missing) and fsync of a folder (so renames survive a power cut). Each reports whether it worked;
/// on systems without them the callers fall back (no lock, a copy, no folder sync).
/// </summary>
internal static partial class Posix
{
    const int ORdOnly = 0, OCloExec = 0x80000, LockEx = 2, LockNb = 4, EWouldBlock = 11;

    [DllImport("libc", EntryPoint = "open", SetLastError = true)] static extern int Open(string path, int flags);
    [DllImport("libc", EntryPoint = "close", SetLastError = true)] static extern int Close(int fd);
    [DllImport("libc", EntryPoint = "flock", SetLastError = true)] static extern int Flock(int fd, int operation);
    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)] static extern int Fsync(int fd);
    [DllImport("libc", EntryPoint = "link", SetLastError = true)] static extern int Link(string oldPath, string newPath);

    static bool Usable => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD();

    public enum LockResult { Locked, Busy, Unsupported }

    /// <summary>Takes an exclusive lock on the folder without waiting; <paramref name="fd"/> holds it until <see cref="Release"/>.</summary>
    public static LockResult TryLockFolder(string folder, out int fd)
    {
        fd = -1;
        if (!Usable) return LockResult.Unsupported;
        try
        {
            fd = Open(folder, ORdOnly | OCloExec);
            if (fd < 0) return LockResult.Unsupported;
            if (Flock(fd, LockEx | LockNb) == 0) return LockResult.Locked;
            int errno = Marshal.GetLastPInvokeError();
            Close(fd);
            fd = -1;
            return errno == EWouldBlock ? LockResult.Busy : LockResult.Unsupported;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException) { return LockResult.Unsupported; }
    }

    public static void Release(int fd)
    {
        if (fd >= 0) Close(fd);
    }

    public static bool TryHardLink(string existing, string newName)
    {
        if (!Usable) return false;
        try { return Link(existing, newName) == 0; }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException) { return false; }
    }

    /// <summary>Flushes a folder's entries (the renames in it) to the disk.</summary>
    public static void SyncFolder(string folder)
    {
        if (!Usable) return;
        try
        {
            int fd = Open(folder, ORdOnly | OCloExec);
            if (fd < 0) return;
            Fsync(fd);
            Close(fd);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException) { }
    }
}
