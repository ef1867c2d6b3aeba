using System.Text;
using System.Text.RegularExpressions;

namespace Book.Tests.Cli;

/// <summary>Helpers for driving `book` as a user would: in-process runs, a writer that can be read while `watch` writes to it, PDF text.</summary>
public static class CliTestKit
{
    /// <summary>A TextWriter safe to write from the command's threads and read from the test's.</summary>
    public sealed class SharedWriter : TextWriter
    {
        readonly StringBuilder _sb = new();
        public override Encoding Encoding => Encoding.UTF8;
        public override void Write(char value) { lock (_sb) _sb.Append(value); }
        public override void Write(string? value) { lock (_sb) _sb.Append(value); }
        public override void WriteLine(string? value) { lock (_sb) _sb.Append(value).Append('\n'); }
        public string Text { get { lock (_sb) return _sb.ToString(); } }

        /// <summary>Waits until the text matches, or fails the test after <paramref name="timeout"/>.</summary>
        public Match WaitFor(string pattern, TimeSpan timeout, Task? running = null)
        {
            var until = DateTime.UtcNow + timeout;
            while (true)
            {
                var m = Regex.Match(Text, pattern);
                if (m.Success) return m;
                if (running is { IsCompleted: true }) Assert.Fail($"the command ended before printing /{pattern}/; it printed:\n{Text}");
                if (DateTime.UtcNow > until) Assert.Fail($"no /{pattern}/ within {timeout}; the command printed:\n{Text}");
                Thread.Sleep(50);
            }
        }
    }

    /// <summary>`book watch …` running on a thread, with its output readable as it comes.</summary>
    public sealed class RunningCommand : IDisposable
    {
        public SharedWriter Out { get; } = new();
        public SharedWriter Err { get; } = new();
        public CancellationTokenSource Stop { get; } = new();
        public Task<int> Task { get; }

        public RunningCommand(params string[] args) =>
            Task = System.Threading.Tasks.Task.Factory.StartNew(() => global::Book.Cli.Commands.Run(args, Out, Err, Stop.Token), TaskCreationOptions.LongRunning);

        public int WaitForExit(TimeSpan timeout)
        {
            if (!Task.Wait(timeout)) { Stop.Cancel(); Assert.Fail($"the command did not end within {timeout}; it printed:\n{Out.Text}\n{Err.Text}"); }
            return Task.Result;
        }

        public void Dispose()
        {
            Stop.Cancel();
            Task.Wait(TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>The PDF's text as one line: words hyphenated at line ends joined again, whitespace collapsed.</summary>
    public static string PdfText(string pdf)
    {
        var text = PdfProbe.PdfToText(pdf);
        text = Regex.Replace(text, "[\u2010-](\r?\n)+", "");
        return Regex.Replace(text, @"\s+", " ");
    }

    /// <summary>A new project made with `book new`, in a fresh temporary folder.</summary>
    public static string NewProject(string title = "A Town Remembered")
    {
        var dir = Path.Combine(RepoPaths.TempDir("book-new"), "my-book");
        var r = CliRunner.Run("new", dir, "--title", title);
        Assert.True(r.ExitCode == 0, r.Stderr);
        return dir;
    }
}
