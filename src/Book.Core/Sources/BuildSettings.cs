using Book.Model;

namespace Book.Core.Sources;

/// <summary>
/// What book.yaml says about the build rather than about the book: which outputs to write, whether
/// the reading edition is PDF/A, the booklet's creep and the font. Book.Build reads these; the
/// document model does not carry them.
/// </summary>
/// <param name="Outputs">as listed (none listed: empty; the build picks its default). Names are checked by the build's output registry.</param>
/// <param name="Creep">booklet creep compensation per sheet, in points (<c>creep:</c>)</param>
/// <param name="PdfA">write the reading edition as PDF/A-2b (<c>pdfa:</c>, on by default)</param>
/// <param name="Font">the <c>font:</c> key; null when absent</param>
public sealed record BuildSettings(IReadOnlyList<NamedSetting> Outputs, bool PdfA = true, double Creep = 0, FontSetting? Font = null)
{
    /// <summary>The paper the booklet is imposed on (<c>print: { sheet: A3 }</c>); null: the one the page size calls for.</summary>
    public NamedSetting? PrintSheet { get; init; }

    /// <summary>The reading PDF's image resolution (<c>images: { screen-ppi: 200 }</c>): sharper images are
    /// resampled down to it at their printed size; null (<c>original</c>) keeps them. The print editions always keep them.</summary>
    public double? ScreenPpi { get; init; } = DefaultScreenPpi;

    /// <summary>Sharp on any screen and a fraction of a camera's pixels.</summary>
    public const double DefaultScreenPpi = 200;

    public static BuildSettings Default { get; } = new([]);
}

/// <summary>A name from book.yaml and where it was written, so the build can point at a bad one.</summary>
public sealed record NamedSetting(string Name, SourceSpan Span);

/// <summary>
/// <c>font: Literata</c> (a family <see cref="Family"/> the build knows) or
/// <c>font: { regular: fonts/X.ttf, italic: …, bold: …, bold-italic: … }</c> (<see cref="Files"/>,
/// keyed by face; a face not given uses the regular file).
/// </summary>
public sealed record FontSetting(string? Family, IReadOnlyDictionary<string, FileRef> Files, SourceSpan Span)
{
    /// <summary>The faces <c>font:</c> may name, in the order the layout and the e-book use them.</summary>
    public static readonly string[] Faces = ["regular", "italic", "bold", "bold-italic"];
}
