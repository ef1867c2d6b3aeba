namespace Book.Tests.CommonMark;

/// <summary>One example of the CommonMark spec: its number, the section it is in, its Markdown and the HTML cmark gives.</summary>
public sealed record SpecExample(int Number, string Section, string Markdown, string Html, int Line);

/// <summary>
/// Reads the examples of commonmark-spec.txt: each between a fence of 32 backticks followed by
/// " example" and a fence of 32 backticks alone, Markdown and HTML separated by a line holding
/// a single ".". The spec writes a tab as "→".
/// </summary>
public static class SpecExamples
{
    public static string SpecPath => Path.Combine(RepoPaths.Shared, "markdown", "commonmark-spec.txt");

    public static IReadOnlyList<SpecExample> Read(string path)
    {
        var fence = new string('`', 32);
        var lines = File.ReadAllLines(path);
        var examples = new List<SpecExample>();
        string section = "";
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('#') && !line.StartsWith("#!", StringComparison.Ordinal))
            {
                section = line.TrimStart('#').Trim();
                continue;
            }
            if (line != fence + " example") continue;
            int start = i + 1;
            var md = new List<string>();
            var html = new List<string>();
            var into = md;
            for (i++; i < lines.Length && lines[i] != fence; i++)
            {
                if (into == md && lines[i] == ".") { into = html; continue; }
                into.Add(lines[i]);
            }
            string Text(List<string> l) => l.Count == 0 ? "" : string.Join("\n", l).Replace('→', '\t') + "\n";
            examples.Add(new SpecExample(examples.Count + 1, section, Text(md), Text(html), start));
        }
        return examples;
    }
}
