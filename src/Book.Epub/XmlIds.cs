using System.Text;

namespace Book.Epub;

/// <summary>
/// Hands out XHTML ids unique across the whole book. Model ids such as "tbl:casualties" are not
/// valid XML names (epubcheck rejects colons), so each is turned into a clean NCName; a clash
/// gets "-2", "-3"… in book order, so the mapping is the same on every run.
/// </summary>
sealed class XmlIds
{
    readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Allocate(string wanted)
    {
        var b = Clean(wanted);
        var id = b;
        for (int n = 2; !_used.Add(id); n++) id = b + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return id;
    }

    /// <summary>ASCII letters, digits, '-', '_', '.'; anything else becomes '-'; starts with a letter or '_'.</summary>
    public static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        foreach (var c in s)
            sb.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.' ? c : '-');
        if (sb.Length == 0 || !(char.IsAsciiLetter(sb[0]) || sb[0] == '_')) sb.Insert(0, "x-");
        return sb.ToString();
    }
}
