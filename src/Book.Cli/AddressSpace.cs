using System.Runtime.InteropServices;
using System.Text;

namespace Book.Cli;

/// <summary>
/// Makes the tool live within an address-space limit (<c>ulimit -v</c>): glibc gives each thread
/// that allocates its own malloc arena of 64 MB, reserved up front, and with the runtime's threads
/// that alone can pass 1.5 GB of address space before the book needs any (the runtime then fails
/// at random places: loading ICU, the JIT, a console stream). The arenas must be capped before the
/// runtime starts its threads, which only the environment can do, so under a limit, when
/// MALLOC_ARENA_MAX is not set, the process replaces itself (execve: same pid, same arguments,
/// same signals) with one that has it. The GC's heap is then held to three eighths of the limit,
/// leaving the rest to the runtime's code, stacks and native memory: left to itself the GC commits
/// as if the machine's memory were there, and a commit refused under the limit can crash the
/// runtime instead of raising OutOfMemoryException; the range the GC reserves for its regions is
/// held to half the limit for the same reason. The GC also runs with background collections
/// there (the tool turns them off otherwise, a batch job's layout surviving to the end): without
/// them, regions freed by a collection stayed committed, and a 100,000-row table held to 450 MB
/// failed in its PDF stage with 257 MB live and 439 MB committed; with them it builds. Without a
/// limit nothing changes.
/// </summary>
static class AddressSpace
{
    const int RlimitAs = 9;
    const string ArenaVariable = "MALLOC_ARENA_MAX", HeapVariable = "DOTNET_GCHeapHardLimit", RegionVariable = "DOTNET_GCRegionRange",
        ConcurrentVariable = "DOTNET_gcConcurrent";

    [StructLayout(LayoutKind.Sequential)]
    struct RLimit { public ulong Current, Max; }

    [DllImport("libc", EntryPoint = "getrlimit")] static extern int GetRLimit(int resource, out RLimit limit);
    [DllImport("libc", EntryPoint = "execve")] static extern int ExecVe(string path, string?[] argv, string?[] envp);

    /// <summary>Lower-case hexadecimal, as the runtime reads its GC settings, without the number formatting that needs a culture.</summary>
    static string Hex(ulong value)
    {
        var digits = new char[16];
        int i = digits.Length;
        do { digits[--i] = "0123456789abcdef"[(int)(value & 0xF)]; value >>= 4; } while (value != 0);
        return new string(digits, i, digits.Length - i);
    }

    public static void FitToLimit()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable(ArenaVariable) is not null) return;
        try
        {
            if (GetRLimit(RlimitAs, out var limit) != 0 || limit.Current == ulong.MaxValue) return;
            // Nothing here may touch a culture: that loads ICU, which is what fails under the limit.
            // The exact argv of this process (apphost or `dotnet book.dll`), as the kernel has it.
            var raw = File.ReadAllBytes("/proc/self/cmdline");
            var argv = Encoding.UTF8.GetString(raw).TrimEnd('\0').Split('\0');
            var env = Environment.GetEnvironmentVariables().Keys.Cast<string>()
                .Select(k => k + "=" + Environment.GetEnvironmentVariable(k))
                .Append(ArenaVariable + "=2");
            if (Environment.GetEnvironmentVariable(HeapVariable) is null)
                env = env.Append(HeapVariable + "=" + Hex(limit.Current / 8 * 3));
            // The address range the GC reserves for its regions, half the limit: left to itself, the
            // natively compiled tool's GC sized it past what the limit leaves and crashed (SIGSEGV in
            // allocate_new_region) where it should have reported out of memory.
            if (Environment.GetEnvironmentVariable(RegionVariable) is null)
                env = env.Append(RegionVariable + "=" + Hex(limit.Current / 2));
            if (Environment.GetEnvironmentVariable(ConcurrentVariable) is null)
                env = env.Append(ConcurrentVariable + "=1");
            ExecVe("/proc/self/exe", [.. argv, null], [.. env, null]);
            // Only reached when execve failed: go on as we are.
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or IOException or UnauthorizedAccessException)
        {
            // Not glibc or no /proc: nothing to cap, or no way to; go on as we are.
        }
    }
}
