using System.Diagnostics;
using System.Text;

namespace Book.Tests;

/// <summary>The result of running an external tool.</summary>
public sealed record ToolResult(int ExitCode, string StdOut, string StdErr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";
}

/// <summary>One row of `pdffonts` output.</summary>
public sealed record PdfFontRow(string Name, string Type, string Encoding, bool Embedded, bool Subset, bool Unicode);

/// <summary>
/// Runs the PDF command-line tools installed on the machine (qpdf, poppler-utils) so tests
/// judge our files the way real readers do. Output is decoded as UTF-8.
/// </summary>
public static class PdfTools
{
    public static TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Runs <paramref name="tool"/> with arguments (no shell) and captures everything.</summary>
    public static ToolResult Run(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        // Tools print dates and messages by locale; pin it so parsing is stable.
        info.Environment["LC_ALL"] = "C.UTF-8";

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start " + tool);
        // Read both pipes concurrently so a chatty tool cannot deadlock us.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within {Timeout}");
        }
        return new ToolResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>True when the tool can be started (for skipping in exotic environments).</summary>
    public static bool IsAvailable(string tool)
    {
        try { Run(tool, "--version"); return true; }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }

    /// <summary>`qpdf --check`: exit 0 means no errors, 3 means warnings only.</summary>
    public static ToolResult QpdfCheck(string pdfPath) => Run("qpdf", "--check", pdfPath);

    /// <summary>Extracted text (UTF-8). Optional page range and -layout mode.</summary>
    public static string PdfToText(string pdfPath, int? firstPage = null, int? lastPage = null, bool layout = false)
    {
        var args = new List<string>();
        if (firstPage is { } f) { args.Add("-f"); args.Add(f.ToString(System.Globalization.CultureInfo.InvariantCulture)); }
        if (lastPage is { } l) { args.Add("-l"); args.Add(l.ToString(System.Globalization.CultureInfo.InvariantCulture)); }
        if (layout) args.Add("-layout");
        args.AddRange(["-enc", "UTF-8", pdfPath, "-"]);
        var result = Run("pdftotext", args.ToArray());
        if (result.ExitCode != 0) throw new InvalidOperationException("pdftotext failed: " + result);
        return result.StdOut;
    }

    /// <summary>`pdfinfo` as key → value ("Title", "Pages", "Page size", …).</summary>
    public static IReadOnlyDictionary<string, string> PdfInfo(string pdfPath, params string[] extraArguments)
    {
        var result = Run("pdfinfo", [.. extraArguments, pdfPath]);
        if (result.ExitCode != 0) throw new InvalidOperationException("pdfinfo failed: " + result);
        var info = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in result.StdOut.Split('\n'))
        {
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            info.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }
        return info;
    }

    /// <summary>
    /// Parses `pdffonts`: columns are located from the dashed separator line, so font names
    /// and types containing spaces ("CID TrueType") are read correctly.
    /// </summary>
    public static IReadOnlyList<PdfFontRow> PdfFonts(string pdfPath)
    {
        var result = Run("pdffonts", pdfPath);
        if (result.ExitCode != 0) throw new InvalidOperationException("pdffonts failed: " + result);
        var lines = result.StdOut.Replace("\r", "").Split('\n');
        int dashes = Array.FindIndex(lines, l => l.StartsWith("---", StringComparison.Ordinal));
        if (dashes < 0) return [];

        // Column spans from the runs of '-' in the separator line.
        var spans = new List<(int Start, int End)>();
        string sep = lines[dashes];
        for (int i = 0; i < sep.Length;)
        {
            if (sep[i] != '-') { i++; continue; }
            int start = i;
            while (i < sep.Length && sep[i] == '-') i++;
            spans.Add((start, i));
        }
        string Cell(string line, int column)
        {
            var (start, end) = spans[column];
            if (start >= line.Length) return "";
            // The last column runs to the end of the line.
            int stop = column == spans.Count - 1 ? line.Length : Math.Min(end, line.Length);
            return line[start..stop].Trim();
        }

        var rows = new List<PdfFontRow>();
        foreach (var line in lines.Skip(dashes + 1))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            rows.Add(new PdfFontRow(Cell(line, 0), Cell(line, 1), Cell(line, 2),
                Cell(line, 3) == "yes", Cell(line, 4) == "yes", Cell(line, 5) == "yes"));
        }
        return rows;
    }

    /// <summary>A fresh temp file path with the given extension; the caller deletes it.</summary>
    public static string TempPath(string extension = ".pdf") =>
        Path.Combine(Path.GetTempPath(), "book-test-" + Guid.NewGuid().ToString("N") + extension);
}
