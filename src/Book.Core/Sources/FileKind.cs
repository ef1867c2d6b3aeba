using System.Runtime.InteropServices;

namespace Book.Core.Sources;

/// <summary>
/// What kind of file a path names, asked of the kernel before the file is opened: opening a FIFO
/// blocks until someone writes to it, and a device can be read forever, so only regular files are
/// read. .NET does not say a file's type; Linux's statx does, in a layout that is the same on every
/// architecture. Elsewhere (no statx) every existing file counts as regular.
/// </summary>
public static class FileKind
{
    const int AtFdCwd = -100;
    const uint StatxType = 0x1;
    const int ModeOffset = 28;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    static extern int Statx(int dirfd, string path, int flags, uint mask, byte[] buffer);

    static bool _unavailable;

    /// <summary>Null for a regular file (or when the system cannot say); else what the path is, for a message.</summary>
    public static string? NotRegular(string fullPath)
    {
        if (_unavailable || !OperatingSystem.IsLinux()) return null;
        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, fullPath, 0, StatxType, buffer) != 0) return null; // the open that follows reports it
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            _unavailable = true;
            return null;
        }
        int type = BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000;
        return type switch
        {
            0x8000 => null,
            0x1000 => "a named pipe (FIFO)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            0x4000 => "a folder",
            _ => "not a regular file",
        };
    }
}
