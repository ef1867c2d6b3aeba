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

    /// <summary>How the print edition is bound and where its covers go (<c>binding:</c>, <c>paper:</c>).</summary>
    public BindingSetting Binding { get; init; } = BindingSetting.Default;

    public static BuildSettings Default { get; } = new([]);
}

/// <summary>How the printed book is bound (<c>binding: { method: saddle-stitch, cover: self }</c>).</summary>
public enum BindingMethod { SaddleStitch, Perfect }

/// <summary>
/// <c>binding:</c> and <c>paper:</c>. A self-cover prints the covers as the outside sheet of the booklet;
/// a separate cover leaves them out of the interior and writes them as one spread (back | spine | front).
/// </summary>
/// <param name="Caliper">the thickness of one leaf of the interior paper, in points (<c>paper: { caliper: 0.1mm }</c>)</param>
public sealed record BindingSetting(BindingMethod Method, bool SeparateCover, double Caliper)
{
    public static double DefaultCaliper { get; } = Length.Mm(0.1);
    public static BindingSetting Default { get; } = new(BindingMethod.SaddleStitch, false, DefaultCaliper);

    /// <summary>
    /// The spine of the cover spread for <paramref name="interiorPages"/> pages: a perfect-bound book's
    /// block is one leaf (two pages) per caliper, so spine = pages / 2 × caliper; a saddle-stitched
    /// booklet folds at its spine and has none.
    /// </summary>
    public double Spine(int interiorPages) => Method == BindingMethod.Perfect ? interiorPages / 2.0 * Caliper : 0;
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
