using System.Globalization;
using System.Text;

namespace Book.Cli;

/// <summary>
/// Text from project files on its way to a terminal: control characters (ESC, BEL, C1) would be
/// obeyed by the terminal (recolour, retitle, ring) and bidirectional overrides (U+202E) would
/// reorder what the reader sees, so each is shown as an escape instead ("\x1B", "\u202E").
/// </summary>
public static class TerminalText
{
    public static string Safe(string text)
    {
        int first = 0;
        while (first < text.Length && !Unsafe(text[first])) first++;
        if (first == text.Length) return text;
        var sb = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (!Unsafe(c)) sb.Append(c);
            else if (c < 0x100) sb.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    static bool Unsafe(char c) =>
        c < 0x20 || c is >= '\u007F' and <= '\u009F'
        // Bidirectional embeddings, overrides and isolates, and the marks that steer them.
        || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069' || c is '\u200E' or '\u200F' or '\u061C';
}
