namespace Book.Csl;

/// <summary>A style or locale that cannot be used, with where (file:line:col) it goes wrong.</summary>
public sealed class CslException(string file, int line, int column, string message)
    : Exception($"{file}:{line}:{column}: error: {message}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Reason { get; } = message;
}
