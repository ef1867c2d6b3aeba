namespace Book.Cli;

public enum DiagnosticFormat { Text, Json }

/// <summary>
/// How the command prints: quiet or not, diagnostics as text or JSON lines, colour and the
/// progress display only on a terminal. Decided once from the options and the environment.
/// </summary>
public sealed record OutputStyle(bool Quiet, DiagnosticFormat Format, bool Color, bool Interactive)
{
    public static readonly OutputStyle Plain = new(false, DiagnosticFormat.Text, false, false);

    /// <param name="realConsole">stdout and stderr are the process's own (not a test's writers)</param>
    public static OutputStyle Detect(bool quiet, DiagnosticFormat format, bool realConsole)
    {
        // A terminal on both streams: progress goes to stdout, coloured diagnostics to stderr.
        bool terminal = realConsole && !Console.IsOutputRedirected && !Console.IsErrorRedirected
            && Environment.GetEnvironmentVariable("TERM") is not "dumb";
        // https://no-color.org: any non-empty NO_COLOR turns colour off.
        bool noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new OutputStyle(quiet, format, terminal && !noColor, terminal && !quiet && format == DiagnosticFormat.Text);
    }
}
