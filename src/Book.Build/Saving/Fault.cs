using System.Diagnostics;
using System.Globalization;

namespace Book.Build.Saving;

/// <summary>
/// Faults the tests inject into a save through BOOK_FAULT, to show that the old set or the new set
/// survives and never a mix: "rename:N" makes the N-th rename fail, "kill:N" kills the process
/// (SIGKILL, nothing runs after it) before the N-th rename, "pause:MS" waits MS milliseconds before
/// each rename (time to send a signal). Unset, it does nothing.
/// </summary>
internal readonly record struct Fault(string? Kind, int Value)
{
    public static Fault FromEnvironment()
    {
        var spec = Environment.GetEnvironmentVariable("BOOK_FAULT");
        if (spec?.Split(':') is [var kind, var n] && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
            return new Fault(kind, value);
        return default;
    }

    /// <param name="done">how many renames have been done</param>
    public void BeforeRename(int done, string path)
    {
        switch (Kind)
        {
            case "rename" when done + 1 == Value: throw new IOException($"cannot replace '{path}' (injected fault).");
            case "kill" when done + 1 == Value: Process.GetCurrentProcess().Kill(); Thread.Sleep(Timeout.Infinite); break;
            case "pause": Thread.Sleep(Value); break;
        }
    }
}
