using System.Globalization;
using Book.Model;

namespace Book.Core.Project;

/// <summary>What a cross-reference id points at: its printed label ("Table 5.2", "chapter 4").</summary>
public sealed record Target(string Id, string Label);

/// <summary>Numbers tables and figures per chapter ("Table 5.2"; "Table A.1" in appendices) and collects every id.</summary>
public static class Numbering
{
    public static Dictionary<string, Target> Assign(ref BookDocument book)
    {
        var targets = new Dictionary<string, Target>(StringComparer.Ordinal);
        var divisions = new List<Division>();
        int appendix = 0;
        foreach (var d in book.Divisions)
        {
            string prefix = d.Kind == DivisionKind.Chapter ? d.Number ?? "" : d.Kind == DivisionKind.Appendix ? ((char)('A' + appendix++)).ToString() : "";
            if (d.Kind == DivisionKind.Chapter) targets.TryAdd(d.Id, new Target(d.Id, "chapter " + d.Number));
            else targets.TryAdd(d.Id, new Target(d.Id, "\u201C" + d.TitleText + "\u201D"));
            int tables = 0, figures = 0;
            var blocks = Walk(d.Blocks, b => b switch
            {
                Table t => Label(t, ref tables, prefix, "Table", targets, (x, l) => x with { Label = l }),
                BarChart c => Label(c, ref figures, prefix, "Figure", targets, (x, l) => x with { Label = l }),
                Heading { Id: { } id } h => Register(h, id, "\u201C" + InlineText.Plain(h.Content) + "\u201D", targets),
                _ => b,
            });
            divisions.Add(d with { Blocks = blocks });
        }
        book = book with { Divisions = divisions };
        return targets;
    }

    static Block Register(Block b, string id, string label, Dictionary<string, Target> targets)
    {
        targets.TryAdd(id, new Target(id, label));
        return b;
    }

    static T Label<T>(T block, ref int counter, string prefix, string word, Dictionary<string, Target> targets, Func<T, string, T> with) where T : Block
    {
        counter++;
        string label = prefix.Length > 0 ? $"{word} {prefix}.{counter.ToString(CultureInfo.InvariantCulture)}" : $"{word} {counter.ToString(CultureInfo.InvariantCulture)}";
        string? id = block switch { Table t => t.Id, BarChart c => c.Id, _ => null };
        if (id is not null) targets.TryAdd(id, new Target(id, label));
        return with(block, label);
    }

    /// <summary>Maps every block (depth first, containers rebuilt) with <paramref name="f"/>.</summary>
    public static IReadOnlyList<Block> Walk(IReadOnlyList<Block> blocks, Func<Block, Block> f)
    {
        var result = new List<Block>(blocks.Count);
        foreach (var b in blocks)
        {
            var inner = b switch
            {
                BlockQuote q => q with { Blocks = Walk(q.Blocks, f) },
                ListBlock l => l with { Items = l.Items.Select(i => new ListItem(Walk(i.Blocks, f))).ToList() },
                Div d => d with { Blocks = Walk(d.Blocks, f) },
                _ => b,
            };
            result.Add(f(inner));
        }
        return result;
    }
}
