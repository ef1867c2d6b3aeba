namespace Book.Layout.Text;

/// <summary>
/// Reads a TeX hyphenation file as shipped by hyph-utf8: <c>%</c> comments, one
/// <c>\patterns{...}</c> block of Liang patterns (<c>.ach4</c>, <c>hy3ph</c>) and an
/// optional <c>\hyphenation{...}</c> block of exception words (<c>ta-ble</c>).
/// </summary>
internal sealed class TexPatternFile
{
    public List<string> Patterns { get; } = new();
    public List<string> Exceptions { get; } = new();

    public static TexPatternFile Parse(TextReader reader)
    {
        var file = new TexPatternFile();
        List<string>? target = null;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            int comment = line.IndexOf('%');
            ReadOnlySpan<char> rest = comment >= 0 ? line.AsSpan(0, comment) : line.AsSpan();
            while (!rest.IsEmpty)
            {
                rest = rest.TrimStart();
                if (rest.IsEmpty) break;
                if (target is null)
                {
                    // Outside a block: look for the next command that opens one.
                    if (rest.StartsWith(@"\patterns{", StringComparison.Ordinal))
                    {
                        target = file.Patterns;
                        rest = rest[@"\patterns{".Length..];
                    }
                    else if (rest.StartsWith(@"\hyphenation{", StringComparison.Ordinal))
                    {
                        target = file.Exceptions;
                        rest = rest[@"\hyphenation{".Length..];
                    }
                    else
                    {
                        throw new FormatException($"Unexpected text outside a block in hyphenation file: '{rest.ToString()}'");
                    }
                    continue;
                }

                int end = rest.IndexOfAny(' ', '\t', '}');
                if (end < 0) end = rest.Length;
                if (end > 0) target.Add(rest[..end].ToString());
                if (end < rest.Length && rest[end] == '}')
                {
                    target = null;
                    end++;
                }
                rest = rest[end..];
            }
        }
        if (target is not null) throw new FormatException("Hyphenation file ends inside a block.");
        return file;
    }
}
