namespace Book.Build.Saving;

/// <summary>
/// One save at a time per output folder, across processes: two builds into one folder would
/// otherwise interleave their renames (one build's PDF with the other's EPUB). A second save waits
/// for the first, saying so, and gives up after <see cref="Wait"/> with an error.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    public static TimeSpan Wait { get; } = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("BOOK_LOCK_WAIT_SECONDS"), out var s) && s >= 0 ? s : 30);

    readonly int _fd;
    OutputLock(int fd) => _fd = fd;

    /// <exception cref="IOException">another save kept the folder for longer than <see cref="Wait"/></exception>
    public static OutputLock Take(string folder, Action<string>? notice)
    {
        var started = DateTime.UtcNow;
        bool told = false;
        while (true)
        {
            switch (Posix.TryLockFolder(folder, out int fd))
            {
                case Posix.LockResult.Locked: return new OutputLock(fd);
                case Posix.LockResult.Unsupported: return new OutputLock(-1);
            }
            if (DateTime.UtcNow - started >= Wait)
                throw new IOException($"another build is saving into '{folder}' (waited {Wait.TotalSeconds:0} s); try again when it has finished.");
            if (!told) { notice?.Invoke($"waiting for another build that is saving into '{folder}' …"); told = true; }
            Thread.Sleep(50);
        }
    }

    public void Dispose() => Posix.Release(_fd);
}
