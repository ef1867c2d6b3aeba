using Book.Model;

namespace Book.Core.Markdown;

/// <summary>
/// Finds Pandoc's simple, multiline and grid tables in a chapter's lines. Markdig knows none of them
/// (its grid tables take alignment and header from other places than Pandoc's), so they are read here,
/// by Pandoc's rules, before Markdig sees the text. Only tables that start a block at the left margin
/// (indented at most three spaces, outside code fences and the YAML front matter) are looked for.
/// </summary>
static partial class TextTables
{
    /// <summary>Pandoc's default <c>--columns</c>: relative widths are fractions of this many characters, or of the table's own width when wider.</summary>
    public const int Columns = 72;

    public static List<TextTable> Find(IReadOnlyList<string> lines, List<TextTableProblem> problems)
    {
        var found = new List<TextTable>();
        int i = FrontMatterEnd(lines);
        int start = i;
        char fence = '\0'; int fenceLength = 0;
        while (i < lines.Count)
        {
            if (Fence(lines[i], ref fence, ref fenceLength) || fence != '\0') { i++; continue; }
            if (StartsBlock(lines, i, start) && TryAt(lines, i, problems) is { } t)
            {
                found.Add(t);
                i = t.Last + 1;
                continue;
            }
            i++;
        }
        return found;
    }

    /// <summary>A table at line <paramref name="i"/>, with its caption before or after it; tried in Pandoc's order.</summary>
    static TextTable? TryAt(IReadOnlyList<string> lines, int i, List<TextTableProblem> problems)
    {
        TextCell? before = null;
        int at = i;
        if (IsCaptionStart(lines[i]))
        {
            // A caption just after a pipe table is that table's (Markdig reads it), not one for a table below.
            int prev = i - 1;
            while (prev >= 0 && Blank(lines[prev])) prev--;
            if (prev >= 0 && lines[prev].Contains('|')) return null;
            int end = ParagraphEnd(lines, i);
            before = Paragraph(lines, i, end);
            at = end + 1;
            while (at < lines.Count && Blank(lines[at])) at++;
            if (at >= lines.Count || !StartsBlock(lines, at, 0)) return null;
        }
        var t = Multiline(lines, at, header: true) ?? Simple(lines, at, header: true) ?? Simple(lines, at, header: false)
            ?? Multiline(lines, at, header: false) ?? Grid(lines, at, problems);
        if (t is null) return null;
        if (before is not null) return t with { First = i, Caption = before };
        int k = t.Last + 1;
        while (k < lines.Count && Blank(lines[k])) k++;
        if (k < lines.Count && IsCaptionStart(lines[k]))
        {
            int end = ParagraphEnd(lines, k);
            return t with { Last = end, Caption = Paragraph(lines, k, end) };
        }
        return t;
    }

    // ---- lines ----

    static bool Blank(string s) => string.IsNullOrWhiteSpace(s);

    static int Indent(string s)
    {
        int n = 0;
        while (n < s.Length && s[n] == ' ') n++;
        return n;
    }

    /// <summary>A table begins a block: at the top, after a blank line, a div's fence or an ATX heading. Its first
    /// line may be indented past three spaces (a right-aligned header): the lines of dashes may not, which each kind checks.</summary>
    static bool StartsBlock(IReadOnlyList<string> lines, int i, int start)
    {
        if (Blank(lines[i])) return false;
        if (i == start) return true;
        var prev = lines[i - 1].TrimStart();
        return prev.Length == 0 || prev.StartsWith(":::", StringComparison.Ordinal) || prev.StartsWith('#');
    }

    /// <summary>The YAML front matter Markdig reads (a first line of ---, up to --- or ...) is never a table.</summary>
    static int FrontMatterEnd(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || lines[0].TrimEnd() != "---") return 0;
        for (int i = 1; i < lines.Count; i++)
            if (lines[i].TrimEnd() is "---" or "...") return i + 1;
        return 0;
    }

    /// <summary>Tracks ``` and ~~~ fences: true on a fence line; <paramref name="open"/> is the open fence's character.</summary>
    static bool Fence(string line, ref char open, ref int length)
    {
        if (Indent(line) > 3) return false;
        var t = line.Trim();
        if (t.Length < 3 || (t[0] != '`' && t[0] != '~')) return false;
        int n = 0;
        while (n < t.Length && t[n] == t[0]) n++;
        if (n < 3) return false;
        if (open == '\0') { open = t[0]; length = n; return true; }
        if (t[0] == open && n >= length && n == t.Length) { open = '\0'; length = 0; return true; }
        return false;
    }

    static bool IsCaptionStart(string line)
    {
        var t = line.TrimStart();
        if (Indent(line) > 3) return false;
        return t.StartsWith("Table:", StringComparison.Ordinal) || t.StartsWith("table:", StringComparison.Ordinal)
            || (t.StartsWith(':') && t.Length > 1 && t[1] == ' ');
    }

    static int ParagraphEnd(IReadOnlyList<string> lines, int i)
    {
        while (i + 1 < lines.Count && !Blank(lines[i + 1])) i++;
        return i;
    }

    static TextCell Paragraph(IReadOnlyList<string> lines, int first, int last)
    {
        int indent = Indent(lines[first]);
        return new TextCell(string.Join('\n', Enumerable.Range(first, last - first + 1).Select(k => lines[k].Trim())), first, indent);
    }

    /// <summary>The runs of dashes on a line of nothing but dashes and spaces (each run two dashes at least, so
    /// that a list's bullets and "- - -" rules are never mistaken for one); null for any other line.</summary>
    static List<(int Start, int End)>? DashRuns(string line)
    {
        var t = line.TrimEnd();
        if (t.Length == 0 || Indent(t) > 3) return null;
        var runs = new List<(int, int)>();
        for (int k = 0; k < t.Length;)
        {
            if (t[k] == ' ') { k++; continue; }
            if (t[k] != '-') return null;
            int s = k;
            while (k < t.Length && t[k] == '-') k++;
            if (k - s < 2) return null;
            runs.Add((s, k));
        }
        return runs.Count > 0 ? runs : null;
    }

    static bool IsDashLine(string line) => DashRuns(line) is not null;

    static bool EndsHere(IReadOnlyList<string> lines, int i) => i + 1 >= lines.Count || Blank(lines[i + 1]);

    static string Slice(string line, int from, int to)
    {
        if (from >= line.Length) return "";
        return line[from..Math.Min(to, line.Length)];
    }

    /// <summary>Pandoc's alignment of a column of a simple or multiline table: where the header's text (or the
    /// first row's) stands against the dashes beneath it. Flush left and shorter: left; indented and reaching the
    /// end: right; indented and shorter: centred; exactly as wide: the default.</summary>
    static ColumnAlign AlignOf(IEnumerable<string> raw, int dashes)
    {
        var longest = raw.Select(s => s.TrimEnd()).Where(s => s.Length > 0).OrderByDescending(s => s.Length).FirstOrDefault();
        if (longest is null) return ColumnAlign.Default;
        bool left = longest[0] == ' ', right = longest.Length < dashes;
        return (left, right) switch
        {
            (true, false) => ColumnAlign.Right,
            (false, true) => ColumnAlign.Left,
            (true, true) => ColumnAlign.Center,
            _ => ColumnAlign.Default,
        };
    }
}
