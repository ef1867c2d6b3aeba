namespace Book.Pdf.Export;

/// <summary>
/// What each structure element holds of the pages' content, in painting order: marked-content ids and
/// link annotations. One flat array of small structs chained per element, not a list object per
/// element: a 100,000-row table gives 300,000 cells, each with one kid, and a list apiece took
/// about 140 bytes of heap per cell where this takes 24.
/// </summary>
internal sealed class ContentKids
{
    /// <summary>A marked-content id on a page, or (<see cref="Link"/> ≥ 0) a link annotation on it.</summary>
    public readonly record struct Kid(int Page, int Mcid, int Link);

    private Kid[] _kids = new Kid[1024];
    private int[] _next = new int[1024];
    private int _count;
    private readonly int[] _first;
    private readonly int[] _last;

    public ContentKids(int elements)
    {
        _first = new int[elements];
        _last = new int[elements];
        Array.Fill(_first, -1);
    }

    public void Add(int element, Kid kid)
    {
        if (_count == _kids.Length)
        {
            Array.Resize(ref _kids, _count * 2);
            Array.Resize(ref _next, _count * 2);
        }
        _kids[_count] = kid;
        _next[_count] = -1;
        if (_first[element] < 0) _first[element] = _count;
        else _next[_last[element]] = _count;
        _last[element] = _count;
        _count++;
    }

    public bool Any(int element) => _first[element] >= 0;

    /// <summary>The element's kids in the order they were added (a struct enumerator: this runs once per element).</summary>
    public Enumerator Of(int element) => new(this, _first[element]);

    public struct Enumerator(ContentKids owner, int first)
    {
        private int _at = -2;

        public readonly Kid Current => owner._kids[_at];

        public bool MoveNext()
        {
            _at = _at == -2 ? first : owner._next[_at];
            return _at >= 0;
        }

        public readonly Enumerator GetEnumerator() => this;
    }
}
