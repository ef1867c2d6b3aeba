using Book.Model;

namespace Book.Layout.Styles;

/// <summary>
/// The book's typographic scale, derived from the body size: one place for every size,
/// leading and space, so pages stay on a consistent rhythm.
/// </summary>
public sealed class BookStyle
{
    public BookStyle(PageSetup page, double bodySize, FontSet fonts)
    {
        Page = page; Fonts = fonts;
        BodySize = bodySize;
        Leading = Math.Round(bodySize * 1.33, 2);
        NoteSize = Math.Round(bodySize * 0.8, 2);
        NoteLeading = Math.Round(NoteSize * 1.3, 2);
        SmallSize = Math.Round(bodySize * 0.88, 2);
        SmallLeading = Math.Round(SmallSize * 1.3, 2);
        Indent = bodySize * 1.4;
    }

    public PageSetup Page { get; }
    public FontSet Fonts { get; }
    /// <summary>The book's pictures by path as written (what <see cref="TypesetOptions.Pictures"/> gave); null for one not loaded.</summary>
    public Func<string, Book.Pages.Picture?> Pictures { get; init; } = static _ => null;
    public double BodySize { get; }
    public double Leading { get; }
    public double NoteSize { get; }
    public double NoteLeading { get; }
    public double SmallSize { get; }
    public double SmallLeading { get; }
    /// <summary>First-line indent of paragraphs that follow a paragraph.</summary>
    public double Indent { get; }

    /// <summary>No picture in the text is taller than this share of the text block (a figure's caption aside), so a
    /// page with a figure still has text on it; full-page figures are the way to show more.</summary>
    public const double PictureMaxHeightShare = 0.6;

    public double TextWidth => Page.Width - Page.Inner - Page.Outer;
    public double TextHeight => Page.Height - Page.Top - Page.Bottom;

    public double ChapterTitleSize => BodySize * 1.75;
    public double H2Size => BodySize * 1.2;
    public double H3Size => BodySize * 1.05;
    /// <summary>Space above a chapter title: chapters open a third of the way down ("sink").</summary>
    public double ChapterSink => TextHeight * 0.1;
    /// <summary>The space between the text's last line and the first note row, the note rule inside it: LaTeX's
    /// \skip\footins (memoir: \bigskipamount, 12 pt on 10 pt type, about a baselineskip). At 0.9 of a note's leading
    /// the rule sat 8 pt under the last baseline, close enough to the descenders to read as underlining; now 11.5 pt,
    /// as LuaLaTeX with memoir sets the same page (about 11.5 pt), the notes 12.7 pt under the rule as there.</summary>
    public double NoteRuleGap => Leading * 0.9;
    /// <summary>How far above the first note row the rule is drawn (LaTeX's \footnoterule sits a few points above the notes).</summary>
    public double NoteRuleAbove => NoteLeading * 0.38;

    /// <summary>Where a line's baseline sits below its top, as a share of its leading: room for ascenders
    /// above, descenders below.</summary>
    public const double BaselineShare = 0.78;

    /// <summary>The baseline of a line set on <paramref name="leading"/>, measured from the line's top.</summary>
    public static double Baseline(double leading) => leading * BaselineShare;

    /// <summary>Two short notes share a row, each in under half the measure: at least 3 em between them, so two
    /// pairs never read as one run-on note (at 1.5 em "12 […]. 13 TRT World" did).</summary>
    public double NotePairWidth => (TextWidth - BodySize * 3) / 2;

    // The title pages: sizes and leadings relative to the heading scale, drops as shares of the text height.
    public double HalfTitleSize => H2Size * 1.15;
    public double HalfTitleLeading => H2Size * 1.6;
    public double HalfTitleDrop => TextHeight * 0.28;
    public double TitleSize => ChapterTitleSize * 1.25;
    public double TitleLeading => TitleSize * 1.25;
    public double TitleDrop => TextHeight * 0.22;
    public double SubtitleSize => H2Size * 1.1;
    public double SubtitleLeading => H2Size * 1.5;
    /// <summary>The editors' line stands at this depth of the text block.</summary>
    public double EditorsDrop => TextHeight * 0.6;
    /// <summary>The dedication stands a quarter of the way down the page.</summary>
    public double DedicationDrop => TextHeight * 0.25;
}
