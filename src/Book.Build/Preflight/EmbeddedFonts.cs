using System.Text;
using System.Text.RegularExpressions;
using Book.Model;

namespace Book.Build.Preflight;

/// <summary>
/// Reads the written PDF as a printer's RIP would: every font it uses must carry its program
/// (/FontFile, /FontFile2 or /FontFile3 in its descriptor); a font without one prints in whatever
/// the printer substitutes. The PDF's object dictionaries are plain text (its streams are compressed,
/// its objects are not), so each object's dictionary is read up to its stream.
/// </summary>
public static partial class EmbeddedFonts
{
    [GeneratedRegex(@"\d+\s+\d+\s+obj\b")]
    private static partial Regex ObjectStart();

    [GeneratedRegex(@"/Type\s*/FontDescriptor\b")]
    private static partial Regex Descriptor();

    [GeneratedRegex(@"/Type\s*/Font\b(?!Descriptor)")]
    private static partial Regex FontDict();

    [GeneratedRegex(@"/Subtype\s*/(Type1|MMType1|TrueType)\b")]
    private static partial Regex SimpleFont();

    [GeneratedRegex(@"/(?:FontName|BaseFont)\s*/([^\s/<>\[\]()]+)")]
    private static partial Regex Name();

    public static void Check(byte[] pdf, string pdfPath, string manifestFile, DiagnosticBag diags)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var dict in Dictionaries(text))
        {
            string Named() => Name().Match(dict) is { Success: true } m ? m.Groups[1].Value : "a font";
            if (Descriptor().IsMatch(dict) && !dict.Contains("/FontFile", StringComparison.Ordinal)) missing.Add(Named());
            // A simple font without a descriptor is one of the standard fourteen: never embedded.
            else if (FontDict().IsMatch(dict) && SimpleFont().IsMatch(dict) && !dict.Contains("/FontDescriptor", StringComparison.Ordinal)) missing.Add(Named());
        }
        foreach (var name in missing)
            diags.Warning(new SourceSpan(manifestFile, 1, 1),
                $"the font {name} is not embedded in {Path.GetFileName(pdfPath)}; printers substitute such fonts, so use a font file the book can embed (font: in book.yaml)");
    }

    /// <summary>Each object's text up to its stream (or its end).</summary>
    static IEnumerable<string> Dictionaries(string text)
    {
        var starts = ObjectStart().Matches(text);
        for (int i = 0; i < starts.Count; i++)
        {
            int from = starts[i].Index + starts[i].Length;
            int to = i + 1 < starts.Count ? starts[i + 1].Index : text.Length;
            int stream = text.IndexOf("stream", from, to - from, StringComparison.Ordinal);
            int end = text.IndexOf("endobj", from, to - from, StringComparison.Ordinal);
            int stop = stream >= 0 ? stream : end >= 0 ? end : to;
            yield return text[from..stop];
        }
    }
}
