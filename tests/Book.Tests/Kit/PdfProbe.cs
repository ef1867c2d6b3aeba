using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Book.Tests;

/// <summary>One row of `pdffonts` output.</summary>
public sealed record PdfFontRow(string Name, string Type, string Encoding, bool Embedded, bool Subset, bool Unicode);

/// <summary>
/// Runs the PDF command-line tools installed on the machine (qpdf, poppler-utils) so tests
/// judge our files the way real readers do. Output is decoded as UTF-8.
/// </summary>
public static partial class PdfProbe
{
    /// <summary>Runs <paramref name="tool"/> with arguments (no shell) and captures everything.</summary>
    public static ToolResult Run(string tool, params string[] arguments) => ProcessRunner.Run(tool, arguments);

    /// <summary>Runs <paramref name="tool"/> and returns its standard output as bytes (decoded streams).</summary>
    public static byte[] RunBytes(string tool, params string[] arguments) => ProcessRunner.RunBytes(tool, arguments);

    /// <summary>True when the tool can be started (for skipping in exotic environments).</summary>
    public static bool IsAvailable(string tool) => ProcessRunner.IsAvailable(tool);

    /// <summary>`qpdf --check`: exit 0 means no errors, 3 means warnings only.</summary>
    public static ToolResult QpdfCheck(string pdfPath) => Run("qpdf", "--check", pdfPath);

    /// <summary>Extracted text (UTF-8). Optional page range and -layout mode.</summary>
    public static string PdfToText(string pdfPath, int? firstPage = null, int? lastPage = null, bool layout = false)
    {
        var args = new List<string>();
        if (firstPage is { } f) { args.Add("-f"); args.Add(f.ToString(CultureInfo.InvariantCulture)); }
        if (lastPage is { } l) { args.Add("-l"); args.Add(l.ToString(CultureInfo.InvariantCulture)); }
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

    /// <summary>A fresh temp file path with the given extension, under the run's temporary folder (removed when the run ends).</summary>
    public static string TempPath(string extension = ".pdf") => TestTemp.File(extension);

    /// <summary>Page count from pdfinfo.</summary>
    public static int Pages(string pdfPath) => int.Parse(PdfInfo(pdfPath)["Pages"], CultureInfo.InvariantCulture);

    /// <summary>A word as pdftotext -bbox-layout places it, in points from the page's top left.</summary>
    public sealed record Word(int Page, string Text, double XMin, double YMin, double XMax, double YMax);

    /// <summary>Every word of the PDF with its page and box (pdftotext -bbox-layout).</summary>
    public static List<Word> Words(string pdf)
    {
        var r = Run("pdftotext", "-bbox-layout", "-enc", "UTF-8", pdf, "-");
        if (r.ExitCode != 0) throw new InvalidOperationException("pdftotext -bbox-layout failed: " + r);
        var words = new List<Word>();
        int page = 0;
        foreach (Match m in Tag().Matches(r.StdOut))
        {
            if (m.Groups["page"].Success) { page++; continue; }
            double D(string g) => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
            words.Add(new Word(page, WebUtility.HtmlDecode(m.Groups["text"].Value), D("x0"), D("y0"), D("x1"), D("y1")));
        }
        return words;
    }

    [GeneratedRegex("""<page\b(?<page>)|<word xMin="(?<x0>[\d.]+)" yMin="(?<y0>[\d.]+)" xMax="(?<x1>[\d.]+)" yMax="(?<y1>[\d.]+)">(?<text>[^<]*)</word>""")]
    private static partial Regex Tag();
}
