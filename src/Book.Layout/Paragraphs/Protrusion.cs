namespace Book.Layout.Paragraphs;

/// <summary>
/// Character protrusion (margin kerning), as microtype's default set has it: punctuation, hyphens,
/// dashes and quotes at a justified line's edge hang partly into the margin, in thousandths of the
/// glyph's width, so the margin looks straight to the eye rather than to the ruler. Letters are left
/// alone (microtype moves a few by 5 %, too little to see at this size).
/// </summary>
static class Protrusion
{
    /// <summary>The share of <paramref name="c"/>'s width that may stand past the right margin.</summary>
    public static double Right(char c) => c switch
    {
        '.' or '\u2010' or '-' or '\u2019' => 0.7,
        ',' or ':' or ';' or '\u201D' => 0.5,
        '\u2013' or ')' or ']' or '\'' => 0.2,
        '\u2014' => 0.15,
        '?' => 0.2,
        '!' or '"' => 0.1,
        _ => 0,
    };

    /// <summary>The share of <paramref name="c"/>'s width that may stand past the left margin.</summary>
    public static double Left(char c) => c switch
    {
        '\u2018' or '\u201C' or '\'' or '"' => 0.5,
        '\u2013' or '\u2014' => 0.2,
        '(' or '[' => 0.1,
        _ => 0,
    };
}
