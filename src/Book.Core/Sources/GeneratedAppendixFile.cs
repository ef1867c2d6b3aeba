using Book.Model;

namespace Book.Core.Sources;

/// <summary>
/// The data file behind a generated appendix (chronology.yaml, index.yaml): read only when
/// book.yaml lists the appendix; a file without the appendix is a warning, the appendix
/// without its file an error at the book.yaml line that lists it.
/// </summary>
public static class GeneratedAppendixFile
{
    /// <summary>The file's text, or null when the appendix is not listed or the file cannot be used.</summary>
    public static string? Read(ProjectFiles files, Manifest manifest, GeneratedAppendix appendix, string fileName, string unusedAdvice, DiagnosticBag diags)
    {
        var listed = manifest.Appendices.FirstOrDefault(a => a.Generated == appendix);
        bool exists = files.Exists(fileName);
        if (listed is null)
        {
            if (exists)
                diags.Warning(new SourceSpan(files.Display(fileName), 0, 0), $"{fileName} is not used: {unusedAdvice}");
            return null;
        }
        if (!exists)
        {
            diags.Error(listed.Span, $"book.yaml lists the '{GeneratedAppendices.Name(appendix)}' appendix but there is no {fileName} in the project folder");
            return null;
        }
        return files.ReadText(fileName, listed.Span, diags);
    }
}
