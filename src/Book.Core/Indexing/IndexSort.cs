using Book.Model;

namespace Book.Core.Indexing;

/// <summary>
/// The order of an English index, the same on every machine: the root collation (<see cref="Collation"/>),
/// where accents are a secondary difference, so Azerbaijani and Turkish names file among the English
/// letters (Şelli under S, Çingiz under C). A book in another language sorts by its own alphabet
/// (<see cref="Collation.For"/>).
/// </summary>
public static class IndexSort
{
    public static readonly IComparer<string> Comparer = Collation.For("en");

    public static int Compare(string? a, string? b) => Comparer.Compare(a, b);
}
