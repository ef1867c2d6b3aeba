using System.Runtime.CompilerServices;

// Tests inspect glyph structure (composites) without widening the public API.
[assembly: InternalsVisibleTo("Book.Tests")]
