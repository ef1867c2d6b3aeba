using System.Globalization;
using System.Text;

namespace Book.Tests.Typesetting;

/// <summary>Small generated projects, written to temp folders and built with the real CLI.</summary>
public static class TestProjects
{
    /// <summary>Writes book.yaml and chapters (a <see cref="TempProject"/>); returns the project folder.</summary>
    public static string Write(string title, params (string File, string Markdown)[] chapters)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine($"title: \"{title}\"").AppendLine("date: 2026-02-26").AppendLine("outputs: [pdf]").Append("chapters: [");
        yaml.Append(string.Join(", ", chapters.Select(c => c.File))).AppendLine("]");
        var p = TempProject.Empty("tp").Write("book.yaml", yaml.ToString());
        foreach (var (f, md) in chapters) p.Write(f, md);
        return p.Dir;
    }

    /// <summary>Builds the project; returns the PDF path (asserts success).</summary>
    public static string Build(string dir, string slug)
    {
        var outDir = Path.Combine(dir, "out");
        var r = CliRunner.Run("build", dir, "-o", outDir);
        Assert.True(r.ExitCode == 0, r.Stderr);
        return Path.Combine(outDir, slug + ".pdf");
    }

    static readonly string[] Words =
        ("the town was cut off by the winter and the roads were watched from the hills so that people " +
         "travelled by night through forests and along the river carrying children and what they could " +
         "while the helicopters stopped flying and the last supplies ran out before the assault began").Split(' ');

    /// <summary>Deterministic plain English prose of about <paramref name="words"/> words.</summary>
    public static string Prose(int words, int seed)
    {
        var rng = new Random(seed);
        var sb = new StringBuilder();
        bool capital = true;
        for (int i = 0; i < words; i++)
        {
            var w = Words[rng.Next(Words.Length)];
            sb.Append(capital ? char.ToUpperInvariant(w[0]) + w[1..] : w);
            capital = false;
            if (rng.Next(12) == 0) { sb.Append('.'); capital = true; }
            sb.Append(' ');
        }
        return sb.ToString().TrimEnd() + ".";
    }

    public static string N(int i) => i.ToString("000", CultureInfo.InvariantCulture);
}
