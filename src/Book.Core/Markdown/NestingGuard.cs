namespace Book.Core.Markdown;

/// <summary>
/// A cheap look at the raw Markdown before Markdig parses it: Markdig's block parser takes
/// super-linear time on thousands of nested list items or quotes (it throws "too deeply nested"
/// only after doing the work), and our nesting limit can only refuse what Markdig has already
/// built. This scan counts the container markers that open each line ('>' and list markers,
/// plus list items nested by indentation) and finds the first place where they go deeper than
/// the limit. It counts only what is certainly nesting, so it never refuses a book that parses.
/// </summary>
static class NestingGuard
{
    /// <summary>The 0-based line and column of the marker that goes deeper than <paramref name="limit"/>, or null.</summary>
    public static (int Line, int Column)? FindTooDeep(string text, int limit)
    {
        var items = new Stack<int>(); // content columns of the open list items (lines without quote markers)
        char fence = '\0'; int fenceLength = 0;
        int line = 0;
        for (int start = 0; start <= text.Length; line++)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var found = ScanLine(text, start, end, limit, items, ref fence, ref fenceLength);
            if (found >= 0) return (line, found - start);
            start = end + 1;
        }
        return null;
    }

    /// <returns>the offset of the marker past the limit, or -1</returns>
    static int ScanLine(string s, int start, int end, int limit, Stack<int> items, ref char fence, ref int fenceLength)
    {
        int i = start, column = 0, depth = 0;
        Indent(s, ref i, end, ref column);
        int indent = column;
        if (i >= end || s[i] == '\r') return -1; // blank: lists stay open
        if (fence != '\0')
        {
            if (Run(s, i, end, fence) >= fenceLength) fence = '\0';
            return -1;
        }
        if (indent < 4 && (s[i] == '`' || s[i] == '~') && Run(s, i, end, s[i]) >= 3)
        {
            fence = s[i]; fenceLength = Run(s, i, end, s[i]);
            return -1;
        }
        bool quoted = false, first = true;
        while (i < end)
        {
            int markerAt = i;
            if (s[i] == '>')
            {
                quoted = true; i++; column++;
                if (i < end && s[i] == ' ') { i++; column++; }
            }
            else if (ListMarker(s, i, end) is var width and > 0 && !IsThematicBreak(s, i, end))
            {
                if (first && !quoted)
                {
                    // A list item nests in the one before it when it starts at or past that item's content.
                    while (items.Count > 0 && items.Peek() > indent) items.Pop();
                    items.Push(indent + width + 1);
                    depth = items.Count - 1;
                }
                i += width; column += width;
            }
            else break;
            if (++depth > limit) return markerAt;
            first = false;
            Indent(s, ref i, end, ref column);
        }
        if (quoted) items.Clear();
        else if (first) while (items.Count > 0 && items.Peek() > indent) items.Pop(); // text less indented closes items
        return -1;
    }

    static void Indent(string s, ref int i, int end, ref int column)
    {
        while (i < end && (s[i] == ' ' || s[i] == '\t')) { column = s[i] == '\t' ? (column / 4 + 1) * 4 : column + 1; i++; }
    }

    static int Run(string s, int i, int end, char c)
    {
        int n = 0;
        while (i + n < end && s[i + n] == c) n++;
        return n;
    }

    /// <summary>The width of a list marker ("-", "+", "*", "12.", "3)") followed by a space or the line's end, else 0.</summary>
    static int ListMarker(string s, int i, int end)
    {
        int w;
        if (s[i] is '-' or '+' or '*') w = 1;
        else
        {
            w = 0;
            while (i + w < end && w < 9 && char.IsAsciiDigit(s[i + w])) w++;
            if (w == 0 || i + w >= end || s[i + w] is not ('.' or ')')) return 0;
            w++;
        }
        return i + w >= end || s[i + w] is ' ' or '\t' or '\r' ? w : 0;
    }

    /// <summary>"* * *", "- - -", "___": a rule, not nested list items.</summary>
    static bool IsThematicBreak(string s, int i, int end)
    {
        char c = s[i];
        if (c is not ('-' or '*' or '_')) return false;
        int count = 0;
        for (int j = i; j < end; j++)
        {
            if (s[j] == c) count++;
            else if (s[j] is not (' ' or '\t' or '\r')) return false;
        }
        return count >= 3;
    }
}
