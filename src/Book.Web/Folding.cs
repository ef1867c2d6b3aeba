using System.Globalization;
using System.Text;

namespace Book.Web;

/// <summary>
/// The one folding the search index and the search script share (site.js's fold() does the same, letter
/// by letter): accents dropped, lower case, and the Azerbaijani and Turkish letters a reader may type
/// without their marks folded to the plain Latin ones: ı, I, İ → i; ş → s; ç → c; ğ → g; ə → e; ö → o;
/// ü → u. "Bağırov" and "Bagirov" are the same word.
/// </summary>
public static class Folding
{
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(Fold(c));
        return sb.ToString();
    }

    /// <summary>One letter to one letter (or to nothing, for a combining mark), so places in the folded text are places in the original.</summary>
    public static string Fold(char c)
    {
        if (c < 0x80) return char.IsAsciiLetterUpper(c) ? ((char)(c + 32)).ToString() : c.ToString();
        switch (c)
        {
            case 'ı': case 'İ': return "i";
            case 'ə': case 'Ə': return "e";
            case '\u2019': case '\u02bc': return "'";
        }
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) return "";
        var d = c.ToString().Normalize(NormalizationForm.FormD);
        return d.Length == 0 ? "" : char.ToLowerInvariant(d[0]).ToString();
    }

    /// <summary>The words of a folded text: runs of letters and digits.</summary>
    public static IEnumerable<string> Words(string folded)
    {
        int start = -1;
        for (int i = 0; i <= folded.Length; i++)
        {
            bool word = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (word && start < 0) start = i;
            else if (!word && start >= 0) { yield return folded[start..i]; start = -1; }
        }
    }
}
