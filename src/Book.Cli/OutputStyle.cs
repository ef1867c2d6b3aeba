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
    public static OutputStyle Detect(bool quiet, DiagnosticFormat format, bool realConsole) =>
        Decide(quiet, format, realConsole && !Console.IsOutputRedirected && !Console.IsErrorRedirected, Environment.GetEnvironmentVariable);

    /// <param name="terminal">both stdout and stderr are a terminal: progress goes to stdout, coloured diagnostics to stderr</param>
    public static OutputStyle Decide(bool quiet, DiagnosticFormat format, bool terminal, Func<string, string?> env)
    {
        terminal = terminal && env("TERM") is not "dumb";
        // https://no-color.org: any non-empty NO_COLOR turns colour off.
        bool noColor = !string.IsNullOrEmpty(env("NO_COLOR"));
        return new OutputStyle(quiet, format, terminal && !noColor, terminal && !quiet && format == DiagnosticFormat.Text);
    }
}
