namespace Book.Fonts;

/// <summary>
/// The bytes are not a font we can read: truncated, corrupt, or missing a required table.
/// Every parse failure surfaces as this type, never as an index or argument exception,
/// so callers can report the offending file cleanly.
/// </summary>
public sealed class FontFormatException : Exception
{
    public FontFormatException(string message) : base(message) { }

    public FontFormatException(string message, Exception inner) : base(message, inner) { }
}
