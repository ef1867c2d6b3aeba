using Book.Model;
using Book.Pages;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Flow;

/// <summary>
/// The run of pages as the elements that place a division see it (title pages, colophon,
/// dedication, index columns, marginals): the pages so far, a new page, recto padding, mirrored
/// margins, and the shared setters. The pass that orders the divisions implements it, so those
/// elements depend on this contract and not on the pass (which depends on them).
/// </summary>
public interface IPageRun
{
    BookDocument Book { get; }
    BookStyle Style { get; }
    ParagraphSetter Setter { get; }
    /// <summary>The flattener for what is set in book order (title pages, running heads, folios).</summary>
    InlineFlattener Flattener { get; }
    PageTree Tree { get; }
    /// <summary>The structure element of the division being laid out.</summary>
    StructElement? Sect { get; }
    /// <summary>A new page at the end: roman folios before the first chapter, arabic from it.</summary>
    Page NewPage();
    /// <summary>A cover page at the end: not numbered, labelled by what it is ("Cover"); the front cover's pages are not counted in the folios.</summary>
    Page NewCoverPage(string label);
    /// <summary>Where layout warnings go.</summary>
    DiagnosticBag Diagnostics { get; }
    /// <summary>Pads with a blank page so the next page is a right-hand (odd) one.</summary>
    void ToRecto();
    /// <summary>Left edge of the text block on physical page <paramref name="physicalIndex"/>.</summary>
    double Left(int physicalIndex);
}
