using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Book.Bench;

/// <summary>
/// Measures what an editor feels: `book watch` on a copy of the booklet, one paragraph edited at a
/// time, and the rebuild time the command itself reports (debounce excluded). Fresh process, real files.
/// </summary>
static class WatchRun
{
    public static int Run(string? cli, int edits)
    {
        string root = Runner.RepoRoot();
        string work = Path.Combine(root, "bench", "Book.Bench", "bin", "watch");
        if (Directory.Exists(work)) Directory.Delete(work, true);
        string project = Path.Combine(work, "chapters"), outDir = Path.Combine(work, "out");
        Copy(Path.Combine(root, "chapters"), project);
        cli ??= Runner.Publish(root, Path.Combine(work, "cli"));

        var psi = CliProcess.Start(cli, "watch", project, "-o", outDir, "--max-rebuilds", edits.ToString());
        using var p = Process.Start(psi)!;
        var lines = new System.Collections.Concurrent.BlockingCollection<string>();
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Add(e.Data); };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) lines.Add(e.Data); };
        p.BeginOutputReadLine(); p.BeginErrorReadLine();

        string Wait(Regex pattern)
        {
            while (lines.TryTake(out var l, TimeSpan.FromSeconds(120)))
                if (pattern.IsMatch(l)) return l;
            throw new TimeoutException("book watch said nothing for two minutes");
        }

        Wait(new Regex("watching"));
        var chapter = Path.Combine(project, "03-siege.md");
        var times = new List<int>();
        for (int i = 0; i < edits; i++)
        {
            // A one-paragraph edit: append a sentence to the first body paragraph.
            var text = File.ReadAllText(chapter);
            int para = text.IndexOf("\n\n", text.IndexOf('\n') + 1, StringComparison.Ordinal);
            File.WriteAllText(chapter, text.Insert(para, $" An edit, number {i + 1}."));
            var line = Wait(new Regex(@"rebuilt in (\d+) ms|rebuild failed"));
            var m = Regex.Match(line, @"rebuilt in (\d+) ms");
            if (!m.Success) { Console.Error.WriteLine(line); return 1; }
            times.Add(int.Parse(m.Groups[1].Value));
            Thread.Sleep(300);
        }
        p.WaitForExit(60_000);
        times.Sort();
        Console.WriteLine($"watch rebuild of the booklet (PDF, print, EPUB) after a one-paragraph edit: median {times[times.Count / 2]} ms, " +
                          $"min {times[0]} ms, max {times[^1]} ms over {times.Count} edits");
        return 0;
    }

    static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        foreach (var d in Directory.GetDirectories(from)) Copy(d, Path.Combine(to, Path.GetFileName(d)));
    }
}
