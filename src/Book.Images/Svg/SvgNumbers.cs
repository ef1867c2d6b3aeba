using System.Globalization;

namespace Book.Images.Svg;

/// <summary>
/// A cursor over SVG's number lists (path data, points, viewBox, transforms): numbers separated by
/// white space and at most one comma, where a sign or a second point may start the next number
/// ("1-2.5.5" is 1, -2.5, 0.5), as the grammar allows.
/// </summary>
internal ref struct SvgNumbers
{
    private readonly ReadOnlySpan<char> _s;
    public int Position;

    public SvgNumbers(ReadOnlySpan<char> s) { _s = s; Position = 0; }

    public bool AtEnd { get { SkipSpace(); return Position >= _s.Length; } }
    public char Peek { get { SkipSpace(); return Position < _s.Length ? _s[Position] : '\0'; } }

    public void SkipSpace()
    {
        while (Position < _s.Length && IsSpace(_s[Position])) Position++;
    }

    /// <summary>White space, then at most one comma and white space.</summary>
    public void SkipSeparator()
    {
        SkipSpace();
        if (Position < _s.Length && _s[Position] == ',') { Position++; SkipSpace(); }
    }

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>Whether a number starts here (after white space).</summary>
    public bool NumberNext
    {
        get
        {
            SkipSpace();
            if (Position >= _s.Length) return false;
            char c = _s[Position];
            return char.IsAsciiDigit(c) || c is '+' or '-' or '.';
        }
    }

    public bool TryNumber(out double value)
    {
        SkipSpace();
        value = 0;
        int start = Position, i = Position;
        if (i < _s.Length && _s[i] is '+' or '-') i++;
        int digits = 0;
        while (i < _s.Length && char.IsAsciiDigit(_s[i])) { i++; digits++; }
        if (i < _s.Length && _s[i] == '.')
        {
            i++;
            while (i < _s.Length && char.IsAsciiDigit(_s[i])) { i++; digits++; }
        }
        if (digits == 0) return false;
        if (i < _s.Length && _s[i] is 'e' or 'E')
        {
            int j = i + 1;
            if (j < _s.Length && _s[j] is '+' or '-') j++;
            int e = j;
            while (j < _s.Length && char.IsAsciiDigit(_s[j])) j++;
            if (j > e) i = j;
        }
        if (!double.TryParse(_s[start..i], NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value)) return false;
        Position = i;
        SkipSeparator();
        return true;
    }

    /// <summary>An arc's flag: a single 0 or 1, which needs no separator after it ("a1 1 0 01 5 5").</summary>
    public bool TryFlag(out bool flag)
    {
        SkipSpace();
        flag = false;
        if (Position >= _s.Length || _s[Position] is not ('0' or '1')) return false;
        flag = _s[Position] == '1';
        Position++;
        SkipSeparator();
        return true;
    }

    /// <summary>Reads all numbers of a plain list ("points", "viewBox"); null when something else is in it.</summary>
    public static List<double>? List(string? text)
    {
        if (text is null) return null;
        var list = new List<double>();
        var n = new SvgNumbers(text);
        while (!n.AtEnd)
        {
            if (!n.TryNumber(out double v)) return null;
            list.Add(v);
        }
        return list;
    }

    public static double? Parse(string? text) =>
        text is not null && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) ? v : null;
}
