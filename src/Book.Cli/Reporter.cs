using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Book.Model;

namespace Book.Cli;

/// <summary>
/// Prints diagnostics and the closing summary. Text diagnostics read like a compiler's
/// (`path:line:col: error: message`) so editors can jump to them; `--diagnostics json` prints
/// one JSON object per line on stdout for tools, and the human summary moves to stderr.
/// </summary>
public static class Reporter
{
    const string Red = "\u001b[1;31m", Yellow = "\u001b[1;33m", Green = "\u001b[32m", Bold = "\u001b[1m", Reset = "\u001b[0m";

    public static void Diagnostics(IReadOnlyList<Diagnostic> items, TextWriter stdout, TextWriter stderr, OutputStyle style)
    {
        if (style.Format == DiagnosticFormat.Json)
        {
            foreach (var d in items) stdout.WriteLine(Json(d));
            stdout.Flush();
            return;
        }
        // Messages quote project text (a file name, a word): it is escaped, never obeyed by the terminal.
        foreach (var d in items) stderr.WriteLine(style.Color ? Colored(d) : TerminalText.Safe(d.ToString()));
    }

    /// <summary>
    /// One diagnostic as a single-line JSON object:
    /// {"file":"chapters/03-siege.md","line":41,"column":17,"severity":"error","message":"…"}.
    /// file, line and column are null when unknown (a whole-book problem, or a whole file).
    /// </summary>
    public static string Json(Diagnostic d)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            if (d.Span?.File is { Length: > 0 } file) w.WriteString("file", file); else w.WriteNull("file");
            if (d.Span is { Line: > 0 } s) w.WriteNumber("line", s.Line); else w.WriteNull("line");
            if (d.Span is { Line: > 0, Column: > 0 } c) w.WriteNumber("column", c.Column); else w.WriteNull("column");
            w.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
            w.WriteString("message", d.Message);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    static string Colored(Diagnostic d)
    {
        var text = TerminalText.Safe(d.ToString());
        var word = d.Severity == Severity.Error ? "error: " : "warning: ";
        int at = text.IndexOf(word, StringComparison.Ordinal);
        if (at < 0) return text;
        var color = d.Severity == Severity.Error ? Red : Yellow;
        return Bold + text[..at] + Reset + color + word + Reset + text[(at + word.Length)..];
    }

    /// <summary>What was written with page counts, the time, and the counts of errors and warnings.</summary>
    public static void Summary(BuildOutcome o, TextWriter stdout, TextWriter stderr, OutputStyle style)
    {
        var counts = Counts(o.Errors, o.Warnings);
        if (o.PrintFindings is { } findings)
        {
            // The verdict is the point of a preflight: it goes where the summary goes, even under --quiet.
            var to = style.Format == DiagnosticFormat.Json ? stderr : findings > 0 ? stderr : stdout;
            to.WriteLine(findings == 0
                ? $"{Paint(style, Green, "ready for print")}: no findings ({Seconds(o.Elapsed)} s)"
                : $"{Paint(style, Red, "not ready for print")}: {findings} finding{(findings == 1 ? "" : "s")} above; fix them and run book check --print again");
            return;
        }
        if (!o.Succeeded)
        {
            stderr.WriteLine(Paint(style, Red, "failed") + $": {counts}" + (o.Wrote ? "; nothing was written, earlier outputs are kept" : ""));
            return;
        }
        if (style.Quiet) return;
        // Under --diagnostics json stdout holds only JSON, so the summary goes to stderr.
        var w = style.Format == DiagnosticFormat.Json ? stderr : stdout;
        foreach (var f in o.Files)
            w.WriteLine(o.Wrote ? $"{Paint(style, Green, "wrote")} {TerminalText.Safe(f.Path)} ({f.What})" : $"checked {TerminalText.Safe(Path.GetFileName(f.Path))} ({f.What})");
        w.WriteLine($"done in {Seconds(o.Elapsed)} s ({counts})");
    }

    public static string Counts(int errors, int warnings) =>
        $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";

    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Millis(TimeSpan t) => Math.Round(t.TotalMilliseconds).ToString("0", CultureInfo.InvariantCulture);

    internal static string Paint(OutputStyle style, string color, string text) => style.Color ? color + text + Reset : text;
}
