using System.Globalization;
using System.Text;

namespace Book.Core.Indexing;

/// <summary>
/// The order of index entries, the same on every machine. Terms are compared by a folded key:
/// accents and other marks removed after canonical decomposition (Ş → S, Ç → C, ğ → g, ü → u,
/// İ → I), letters with no decomposition mapped to their English base letter (ı → i, Ə/ə → e,
/// ø → o, ł → l, đ → d, ß → ss, æ → ae, œ → oe), then lower-cased with the invariant rules.
/// So Azerbaijani and Turkish names file among the English letters, as an English-language index
/// expects (Şelli under S, Çingiz under C), rather than in the Azerbaijani alphabet's own order.
/// The key is compared ordinally (word by word: a space sorts before any letter, so "Gargar river"
/// precedes "Gargarly"); ties are broken by the ordinal order of the unfolded terms.
/// </summary>
public static class IndexSort
{
    public static readonly IComparer<string> Comparer = Comparer<string>.Create(Compare);

    public static int Compare(string? a, string? b)
    {
        int c = string.CompareOrdinal(Key(a ?? ""), Key(b ?? ""));
        return c != 0 ? c : string.CompareOrdinal(a, b);
    }

    public static string Key(string term)
    {
        var sb = new StringBuilder(term.Length);
        foreach (char c in term.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            switch (c)
            {
                case 'ı': sb.Append('i'); break;
                case 'ə' or 'Ə': sb.Append('e'); break;
                case 'ø' or 'Ø': sb.Append('o'); break;
                case 'ł' or 'Ł': sb.Append('l'); break;
                case 'đ' or 'Đ': sb.Append('d'); break;
                case 'ß': sb.Append("ss"); break;
                case 'æ' or 'Æ': sb.Append("ae"); break;
                case 'œ' or 'Œ': sb.Append("oe"); break;
                default: sb.Append(char.ToLowerInvariant(c)); break;
            }
        }
        return sb.ToString();
    }
}
