using System.Text;

namespace Book.Bench;

/// <summary>
/// Inputs built to make a Markdown parser take super-linear time or recurse without bound: the
/// shapes of cmark's pathological tests (test/pathological_tests.py) and the ones found in `book`
/// itself. Each case makes a chapter body from a size n (about 20 KB at the n given; a few grow
/// with n squared by design, like cmark's); the benchmark runs n and 10n.
/// </summary>
public static class PathologicalCases
{
    public sealed record Case(string Name, int N, Func<int, string> Make);

    static string Rep(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    public static IReadOnlyList<Case> All { get; } =
    [
        // cmark's shapes (its sizes are 20,000 to 300,000 repetitions; n here is smaller, 10n comparable).
        new("nested strong emph", 1500, n => Rep("*a **a ", n) + "b" + Rep(" a** a*", n)),
        new("many emph closers with no openers", 7000, n => Rep("a_ ", n)),
        new("many emph openers with no closers", 7000, n => Rep("_a ", n)),
        new("many link closers with no openers", 10000, n => Rep("a]", n)),
        new("many link openers with no closers", 10000, n => Rep("[a", n)),
        new("mismatched openers and closers", 5000, n => Rep("*a_ ", n)),
        new("issue #389", 2500, n => Rep("*a ", n) + Rep("_a*_ ", n)),
        new("openers and closers multiple of 3", 7000, n => "a**b" + Rep("c* ", n)),
        new("link openers and emph closers", 5000, n => Rep("[ a_", n)),
        new("pattern [ (]( repeated", 4000, n => Rep("[ (](", n)),
        new("pattern ![[]() repeated", 3500, n => Rep("![[]()", n)),
        new("nested brackets", 10000, n => Rep("[", n) + "a" + Rep("]", n)),
        new("nested block quotes", 10000, n => Rep("> ", n) + "a"),
        new("deeply nested lists", 100, n => string.Concat(Enumerable.Range(0, n).Select(x => Rep("  ", x) + "* a\n"))),
        new("U+0000 in input", 1500, n => Rep("abc\u0000de\u0000 ", n)),
        new("backticks", 60, n => string.Concat(Enumerable.Range(1, n).Select(x => "e" + new string('`', x)))),
        new("unclosed links A", 3500, n => Rep("[a](<b", n)),
        new("unclosed links B", 4000, n => Rep("[a](b", n)),
        new("unclosed <!--", 5000, n => "</" + Rep("<!--", n)),
        new("empty lines in deeply nested lists", 7000, n => Rep("- ", n) + "x" + Rep("\n", n)),
        new("empty lines in deeply nested lists in blockquote", 5000, n => "> " + Rep("- ", n) + "x\n" + Rep(">\n", n)),
        new("emph in deep blockquote", 7000, n => Rep(">", n) + Rep("a*", n)),
        new("reference collisions", 1000, n => string.Concat(Enumerable.Range(0, n).Select(i => $"[x{i}]: /url\n\n[x0]\n\n"))),
        new("nested inlines", 10000, n => Rep("*", n) + "a" + Rep("*", n)),
        // book's own: Pandoc syntax parsed by our inline parsers, and fragments parsed again.
        new("flat emphasis", 5000, n => Rep("*a* ", n)),
        new("inline notes", 2000, n => Rep("^[a `]` b] ", n)),
        new("unclosed inline notes", 5000, n => Rep("^[a ", n)),
        new("nested inline notes", 20, n => Rep("^[a ", n) + Rep("]", n)),
        new("unclosed spans", 5000, n => Rep("[a]{", n)),
        new("spans", 2500, n => Rep("[a]{.b} ", n)),
        new("braces after words", 4000, n => Rep("f{x} ", n)),
        new("unresolved references", 3000, n => Rep("[a][b] ", n)),
        new("nested lists", 20, n => string.Concat(Enumerable.Range(0, n).Select(x => Rep("  ", x) + "- a\n\n"))),
        new("nested quotes", 20, n => string.Concat(Enumerable.Range(0, n).Select(x => Rep("> ", x + 1) + "a\n\n"))),
        new("many paragraphs", 300, n => Rep("A paragraph with *emphasis*, a [link](u) and a note.^[Note.]\n\n", n)),
    ];
}
