namespace Book.Layout.Text;

/// <summary>
/// One language's way of finding breaks inside a word made only of letters. The
/// <see cref="Hyphenator"/> does the shared policy (punctuation, capitals, digits, explicit
/// hyphens); an engine only sees the letters.
/// </summary>
internal abstract class HyphenationEngine
{
    /// <summary>
    /// Writes into <paramref name="positions"/> the indices <c>p</c> (break before
    /// <c>letters[p]</c>) with <c>leftMin &lt;= p &lt;= letters.Length - rightMin</c>, ascending,
    /// and returns how many were written (at most <c>positions.Length</c>).
    /// </summary>
    public abstract int FindBreaks(ReadOnlySpan<char> letters, Span<int> positions, int leftMin, int rightMin);
}
