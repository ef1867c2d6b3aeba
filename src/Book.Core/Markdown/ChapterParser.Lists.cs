using Book.Model;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;

namespace Book.Core.Markdown;

public sealed partial class ChapterParser
{
    /// <summary>Example labels of the file ("(@good)") and the number each item got.</summary>
    readonly Dictionary<string, int> _exampleLabels = new(StringComparer.Ordinal);
    /// <summary>The number of each example list's first item: examples count on across the file.</summary>
    readonly Dictionary<Markdig.Syntax.ListBlock, int> _exampleStarts = new();

    /// <summary>
    /// A list: its style and delimiter from the marker (<see cref="FancyListItemParser"/>), its start from
    /// the first marker ("iv." starts at 4), and each item's task box ("[ ]", "[x]") when it has one.
    /// </summary>
    Model.ListBlock List(Markdig.Syntax.ListBlock l, Model.SourceSpan span)
    {
        int start = int.TryParse(l.OrderedStart, System.Globalization.NumberStyles.Integer,
            System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 1;
        var numbering = !l.IsOrdered ? ListNumbering.Decimal : l.BulletType switch
        {
            'a' => ListNumbering.LowerAlpha,
            'A' => ListNumbering.UpperAlpha,
            'i' => ListNumbering.LowerRoman,
            'I' => ListNumbering.UpperRoman,
            FancyListItemParser.Example => ListNumbering.Example,
            _ => ListNumbering.Decimal,
        };
        if (numbering == ListNumbering.Example) start = _exampleStarts.GetValueOrDefault(l, 1);
        var delimiter = l.OrderedDelimiter switch
        {
            ')' => ListDelimiter.OneParen,
            FancyListItemParser.TwoParens => ListDelimiter.TwoParens,
            _ => ListDelimiter.Period,
        };
        var items = l.OfType<ListItemBlock>().Select(Item).ToList();
        return new Model.ListBlock(l.IsOrdered, start, items) { Span = span, Numbering = numbering, Delimiter = delimiter };
    }

    Model.ListItem Item(ListItemBlock item)
    {
        var blocks = Blocks(item);
        if (item.FirstOrDefault() is not ParagraphBlock { Inline.FirstChild: TaskList box } || !IsTaskBox(box)) return new Model.ListItem(blocks);
        // The text after the box starts with the space that followed "]".
        if (blocks is [Paragraph { Content: [Model.Text first, ..] } p, ..])
        {
            var rest = first.Value.TrimStart();
            var content = rest.Length > 0 ? [new Model.Text(rest), .. p.Content.Skip(1)] : p.Content.Skip(1).ToList();
            blocks = [p with { Content = content }, .. blocks.Skip(1)];
        }
        return new Model.ListItem(blocks) { Checked = box.Checked };
    }

    /// <summary>A task box is "[ ]" or "[x]" at the very start of an item's first paragraph.</summary>
    static bool IsTaskBox(TaskList t) =>
        t.PreviousSibling is null && t.Parent is { ParentBlock: ParagraphBlock { Parent: ListItemBlock item } p } && item.Count > 0 && item[0] == p;

    /// <summary>
    /// Numbers the file's example items in reading order, across lists, before any text is converted,
    /// so "@good" can be resolved before the item it names as well as after.
    /// </summary>
    void NumberExamples(MarkdownDocument doc, string source)
    {
        int n = 0;
        foreach (var list in doc.Descendants<Markdig.Syntax.ListBlock>())
        {
            if (!list.IsOrdered || list.BulletType != FancyListItemParser.Example) continue;
            _exampleStarts[list] = n + 1;
            foreach (var item in list.OfType<ListItemBlock>())
            {
                n++;
                int at = item.Span.Start;
                if (at < 0 || at >= source.Length) continue;
                if (!FancyListItemParser.TryRead(source, at, source.Length, '\0', '\0', out var marker) || marker.Label is not { } label) continue;
                if (!_exampleLabels.TryAdd(label, n))
                    _diags.Warning(Where(item), $"the example label '{label}' is already used by example ({_exampleLabels[label]}); '@{label}' refers to that one");
            }
        }
    }

    /// <summary>The number an in-text "@label" stands for when the label is an example's of this file (it wins over a citation key).</summary>
    string? ExampleNumber(Citation c) =>
        c is { Narrative: true, Items: [{ SuppressAuthor: false, Prefix: null, Locator: null, Suffix: null } item] }
            && _exampleLabels.TryGetValue(item.Key, out var n)
            ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
}
