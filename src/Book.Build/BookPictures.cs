using Book.Core.Sources;
using Book.Images;
using Book.Model;

namespace Book.Build;

/// <summary>
/// Every picture the book places, loaded once per build: found by walking the model (figures and
/// images in text and notes), each path read and decoded once, whatever the number of references.
/// A book without pictures reads and decodes nothing.
/// </summary>
public sealed class BookPictures
{
    readonly Dictionary<string, (DecodedPicture Picture, byte[] Bytes)> _byPath = new(StringComparer.Ordinal);

    public static BookPictures Empty { get; } = new();

    public int Count => _byPath.Count;

    /// <summary>The picture written as <paramref name="path"/>; null when it could not be loaded (already reported).</summary>
    public DecodedPicture? Find(string path) => _byPath.TryGetValue(path, out var p) ? p.Picture : null;

    /// <summary>What layout looks pictures up with; null for a book without any.</summary>
    public Func<string, Book.Pages.Picture?>? Lookup => Count == 0 ? null : path => Find(path)?.Content;

    /// <summary>The file's bytes and media type, for the e-book.</summary>
    public IEnumerable<(string Path, byte[] Bytes, string MediaType)> Files =>
        _byPath.Select(kv => (kv.Key, kv.Value.Bytes, kv.Value.Picture.MediaType));

    public static BookPictures Load(BookDocument book, ProjectFiles files, DiagnosticBag diags, PictureCache? cache)
    {
        var finder = new Finder();
        finder.Walk(book);
        if (finder.Found.Count == 0) return Empty;
        var result = new BookPictures();
        foreach (var (path, at) in finder.Found)
            if (PictureLoader.LoadFile(files, path, at, diags, cache) is { } loaded) result._byPath[path] = loaded;
        return result;
    }

    /// <summary>The first reference to each path, in reading order (where an error about the file is reported).</summary>
    sealed class Finder : ModelWalker
    {
        readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        public List<(string Path, SourceSpan? At)> Found { get; } = new();

        public override void VisitFigure(Figure f)
        {
            Add(f.Picture);
            base.VisitFigure(f);
        }

        public override void VisitInline(Inline i)
        {
            if (i is Image img) Add(img.Picture);
            else base.VisitInline(i);
        }

        void Add(PictureRef r)
        {
            if (_seen.Add(r.Path)) Found.Add((r.Path, r.Span));
        }
    }
}
