using System.Globalization;
using Book.Layout.Styles;

namespace Book.Layout.Paragraphs;

/// <summary>
/// Small capitals for a font that has none of its own ('smcp'): lowercase letters set as capitals at
/// <see cref="Scale"/> of the size; capitals and everything else stay as they
/// are. The text of such a run is the capitals drawn, so it copies as capitals (a font with 'smcp',
/// as Literata is, copies as typed).
/// </summary>
static class SyntheticSmallCaps
{
    public const double Scale = 0.75;

    public static IReadOnlyList<StyledRun> Expand(IReadOnlyList<StyledRun> runs, FontSet fonts)
    {
        List<StyledRun>? result = null;
        for (int i = 0; i < runs.Count; i++)
        {
            var r = runs[i];
            if (!r.SmallCaps || Shaping.HasSmallCaps(fonts.For(r.Flags))) { result?.Add(r); continue; }
            result ??= runs.Take(i).ToList();
            var upper = Culture(r.Language).TextInfo;
            for (int k = 0; k < r.Text.Length;)
            {
                bool lower = char.IsLower(r.Text[k]);
                int start = k;
                while (k < r.Text.Length && char.IsLower(r.Text[k]) == lower) k++;
                var piece = r.Text[start..k];
                result.Add(r with
                {
                    Text = lower ? upper.ToUpper(piece) : piece, Size = lower ? r.Size * Scale : r.Size,
                    SmallCaps = false, Anchor = start == 0 ? r.Anchor : null,
                });
            }
        }
        return result ?? runs;
    }

    static CultureInfo Culture(string? language)
    {
        if (string.IsNullOrEmpty(language)) return CultureInfo.InvariantCulture;
        try { return CultureInfo.GetCultureInfo(language); }
        catch (CultureNotFoundException) { return CultureInfo.InvariantCulture; }
    }
}
