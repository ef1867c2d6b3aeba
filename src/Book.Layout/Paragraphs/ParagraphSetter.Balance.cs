namespace Book.Layout.Paragraphs;

public sealed partial class ParagraphSetter
{
    /// <summary>
    /// Centred display lines (titles, the dedication, the title page) set balanced: the narrowest measure
    /// that still takes as many lines, found by bisection, so that the lines come out of like length and
    /// none ends in a lone word ("1992" alone under a chapter title). The lines are then centred on the
    /// full measure. Text that fits one line, or that the full measure already sets badly, is left as it is.
    /// </summary>
    List<TextLine> SetBalanced(IReadOnlyList<StyledRun> runs, ParagraphSpec spec, out int badLines)
    {
        var plain = spec with { Balance = false };
        var lines = Set(runs, plain, out badLines);
        if (lines.Count < 2 || badLines > 0 || lines.Exists(l => l.EmergencyBreak)) return lines;
        double total = 0;
        foreach (var l in lines) total += l.Width;
        double lo = Math.Min(spec.Width, total / lines.Count), hi = spec.Width;
        // A tenth of a point is finer than the eye; eight halvings of a text width get there or near.
        for (int i = 0; i < 8 && hi - lo > 0.1; i++)
        {
            double mid = (lo + hi) / 2;
            var trial = Set(runs, plain with { Width = mid }, out int bad);
            if (trial.Count == lines.Count && bad == 0 && !trial.Exists(l => l.EmergencyBreak)) hi = mid;
            else lo = mid;
        }
        if (hi >= spec.Width) return lines;
        var balanced = Set(runs, plain with { Width = hi }, out badLines);
        double dx = (spec.Width - hi) / 2;
        foreach (var l in balanced) l.Shift(dx);
        return balanced;
    }
}
