using Book.Model;

namespace Book.Epub;

/// <summary>Whether a book has code (inline or in blocks) or TeX math: only then does the e-book carry the code face and its CSS.</summary>
sealed class CodeUse : ModelWalker
{
    bool _found;

    public static bool In(BookDocument book)
    {
        var walker = new CodeUse();
        walker.Walk(book);
        return walker._found;
    }

    public override void VisitBlock(Block b)
    {
        if (_found) return;
        if (b is CodeBlock) _found = true;
        else base.VisitBlock(b);
    }

    public override void VisitInline(Inline i)
    {
        if (_found) return;
        if (i is Code or TexMath) _found = true;
        else base.VisitInline(i);
    }
}
