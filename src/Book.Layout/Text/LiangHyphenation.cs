using System.Buffers;
using System.Runtime.CompilerServices;

namespace Book.Layout.Text;

/// <summary>
/// Frank Liang's hyphenation algorithm (the one in TeX): every pattern matching a substring
/// of <c>.word.</c> votes a level between letters; the highest vote wins and odd levels are
/// hyphens. Patterns live in a trie built once, flattened into arrays so that a lookup
/// walks plain ints; exceptions are a dictionary searched by span. Nothing is allocated
/// per word unless the word is longer than <see cref="StackLimit"/> letters.
/// </summary>
internal sealed class LiangHyphenation : HyphenationEngine
{
    private const int StackLimit = 96;

    // Flattened trie: the children of node n are edges [_childStart[n], _childStart[n] + _childCount[n]),
    // sorted by character.
    private readonly int[] _childStart;
    private readonly int[] _childCount;
    private readonly char[] _edgeChar;
    private readonly int[] _edgeTarget;
    // For a node where a pattern ends: where its levels start in _levels (a pattern of m
    // letters has m + 1 levels); -1 elsewhere.
    private readonly int[] _levelStart;
    private readonly byte[] _levels;

    private readonly Dictionary<string, int[]> _exceptions;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _exceptionLookup;

    public int PatternCount { get; }
    public int ExceptionCount => _exceptions.Count;

    public LiangHyphenation(IEnumerable<string> patterns, IEnumerable<string> exceptions)
    {
        var builder = new TrieBuilder();
        int count = 0;
        foreach (var pattern in patterns)
        {
            builder.Add(pattern);
            count++;
        }
        PatternCount = count;
        (_childStart, _childCount, _edgeChar, _edgeTarget, _levelStart, _levels) = builder.Flatten();

        _exceptions = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var entry in exceptions)
        {
            var word = new System.Text.StringBuilder(entry.Length);
            var breaks = new List<int>();
            foreach (char c in entry)
            {
                if (c == '-') breaks.Add(word.Length);
                else word.Append(FoldCase(c));
            }
            _exceptions[word.ToString()] = breaks.ToArray();
        }
        _exceptionLookup = _exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Lower-cases a letter for pattern matching, deliberately and without culture: İ (dotted
    /// capital I, U+0130) becomes i, everything else goes through invariant lower-casing.
    /// ı (dotless i) stays ı, which no English pattern contains, so such words simply get
    /// fewer breaks — never a crash or a wrong letter.
    /// </summary>
    public static char FoldCase(char c) => c == '\u0130' ? 'i' : char.ToLowerInvariant(c);

    public override int FindBreaks(ReadOnlySpan<char> letters, Span<int> positions, int leftMin, int rightMin)
    {
        int n = letters.Length;
        leftMin = Math.Max(leftMin, 1);
        rightMin = Math.Max(rightMin, 1);
        if (n < leftMin + rightMin || positions.IsEmpty) return 0;

        char[]? rentedChars = null;
        byte[]? rentedLevels = null;
        // The word framed by the boundary marks: ".word."
        Span<char> framed = n + 2 <= StackLimit ? stackalloc char[StackLimit] : (rentedChars = ArrayPool<char>.Shared.Rent(n + 2));
        framed = framed[..(n + 2)];
        // levels[j] is the vote for the gap just before framed[j].
        Span<byte> levels = n + 3 <= StackLimit ? stackalloc byte[StackLimit] : (rentedLevels = ArrayPool<byte>.Shared.Rent(n + 3));
        levels = levels[..(n + 3)];
        try
        {
            framed[0] = '.';
            for (int i = 0; i < n; i++) framed[i + 1] = FoldCase(letters[i]);
            framed[n + 1] = '.';

            if (_exceptionLookup.TryGetValue(framed.Slice(1, n), out var fixedBreaks))
            {
                int written = 0;
                foreach (int p in fixedBreaks)
                {
                    if (p >= leftMin && p <= n - rightMin && written < positions.Length) positions[written++] = p;
                }
                return written;
            }

            levels.Clear();
            for (int start = 0; start < framed.Length; start++)
            {
                int node = 0;
                for (int j = start; j < framed.Length; j++)
                {
                    node = Child(node, framed[j]);
                    if (node < 0) break;
                    int at = _levelStart[node];
                    if (at < 0) continue;
                    int length = j - start + 2;
                    for (int k = 0; k < length; k++)
                    {
                        byte v = _levels[at + k];
                        if (v > levels[start + k]) levels[start + k] = v;
                    }
                }
            }

            int count = 0;
            // A break before letters[p] is the gap before framed[p + 1].
            for (int p = leftMin; p <= n - rightMin && count < positions.Length; p++)
            {
                if ((levels[p + 1] & 1) == 1) positions[count++] = p;
            }
            return count;
        }
        finally
        {
            if (rentedChars is not null) ArrayPool<char>.Shared.Return(rentedChars);
            if (rentedLevels is not null) ArrayPool<byte>.Shared.Return(rentedLevels);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Child(int node, char c)
    {
        int start = _childStart[node];
        int end = start + _childCount[node];
        for (int e = start; e < end; e++)
        {
            char k = _edgeChar[e];
            if (k == c) return _edgeTarget[e];
            if (k > c) break;
        }
        return -1;
    }

    /// <summary>A pointer trie used only while loading, then flattened.</summary>
    private sealed class TrieBuilder
    {
        private sealed class Node
        {
            public SortedDictionary<char, Node> Children { get; } = new();
            public byte[]? Levels;
            public int Index; // breadth-first number, given while flattening
        }

        private readonly Node _root = new();

        public void Add(string pattern)
        {
            var node = _root;
            var levels = new List<byte> { 0 };
            foreach (char c in pattern)
            {
                if (c >= '0' && c <= '9')
                {
                    levels[^1] = (byte)(c - '0');
                    continue;
                }
                char key = LiangHyphenation.FoldCase(c);
                if (!node.Children.TryGetValue(key, out var next))
                {
                    next = new Node();
                    node.Children.Add(key, next);
                }
                node = next;
                levels.Add(0);
            }
            if (node == _root) return;
            node.Levels = levels.ToArray();
        }

        public (int[] childStart, int[] childCount, char[] edgeChar, int[] edgeTarget, int[] levelStart, byte[] levels) Flatten()
        {
            // Breadth-first numbering so each node's children get consecutive edge slots.
            // (Numbers live on the nodes: a dictionary keyed by node identity cost a third of start-up here.)
            var order = new List<Node> { _root };
            for (int i = 0; i < order.Count; i++)
            {
                foreach (var child in order[i].Children.Values)
                {
                    child.Index = order.Count;
                    order.Add(child);
                }
            }

            var childStart = new int[order.Count];
            var childCount = new int[order.Count];
            var edgeChar = new char[order.Count - 1];
            var edgeTarget = new int[order.Count - 1];
            var levelStart = new int[order.Count];
            var levels = new List<byte>();
            int edge = 0;
            for (int i = 0; i < order.Count; i++)
            {
                var node = order[i];
                childStart[i] = edge;
                childCount[i] = node.Children.Count;
                foreach (var (c, child) in node.Children)
                {
                    edgeChar[edge] = c;
                    edgeTarget[edge] = child.Index;
                    edge++;
                }
                if (node.Levels is null)
                {
                    levelStart[i] = -1;
                }
                else
                {
                    levelStart[i] = levels.Count;
                    levels.AddRange(node.Levels);
                }
            }
            return (childStart, childCount, edgeChar, edgeTarget, levelStart, levels.ToArray());
        }
    }
}
