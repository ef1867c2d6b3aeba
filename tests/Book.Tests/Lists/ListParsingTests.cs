using Book.Core.Markdown;
using Book.Model;

namespace Book.Tests.Lists;

/// <summary>How list markers are read, without a build: Pandoc's fancy_lists, startnum, example_lists and task_lists.</summary>
public sealed class ListParsingTests
{
    static (IReadOnlyList<Block> Blocks, DiagnosticBag Diags) Parse(string body)
    {
        var diags = new DiagnosticBag();
        var parsed = new ChapterParser("t.md", "t", diags).Parse("# T\n\n" + body);
        return (parsed.Blocks, diags);
    }

    static ListBlock OnlyList(string body) => Assert.IsType<ListBlock>(Assert.Single(Parse(body).Blocks));

    [Theory]
    [InlineData("c. x\nd. y\n", ListNumbering.LowerAlpha, ListDelimiter.Period, 3)]
    [InlineData("C.  x\nD.  y\n", ListNumbering.UpperAlpha, ListDelimiter.Period, 3)]
    [InlineData("iv. x\nv. y\n", ListNumbering.LowerRoman, ListDelimiter.Period, 4)]
    [InlineData("i. x\nii. y\n", ListNumbering.LowerRoman, ListDelimiter.Period, 1)]
    [InlineData("IX) x\nX) y\n", ListNumbering.UpperRoman, ListDelimiter.OneParen, 9)]
    [InlineData("v. x\nw. y\n", ListNumbering.LowerAlpha, ListDelimiter.Period, 22)]
    [InlineData("(3) x\n(4) y\n", ListNumbering.Decimal, ListDelimiter.TwoParens, 3)]
    [InlineData("(b) x\n(c) y\n", ListNumbering.LowerAlpha, ListDelimiter.TwoParens, 2)]
    [InlineData("(ii) x\n(iii) y\n", ListNumbering.LowerRoman, ListDelimiter.TwoParens, 2)]
    [InlineData("1) x\n2) y\n", ListNumbering.Decimal, ListDelimiter.OneParen, 1)]
    [InlineData("#. x\n#. y\n", ListNumbering.Decimal, ListDelimiter.Period, 1)]
    [InlineData("7. x\n8. y\n", ListNumbering.Decimal, ListDelimiter.Period, 7)]
    public void A_marker_gives_the_lists_style_delimiter_and_start(string body, ListNumbering numbering, ListDelimiter delimiter, int start)
    {
        var l = OnlyList(body);
        Assert.True(l.Ordered);
        Assert.Equal((numbering, delimiter, start, 2), (l.Numbering, l.Delimiter, l.Start, l.Items.Count));
    }

    [Fact]
    public void An_open_list_reads_letters_in_its_own_style()
    {
        // "i." continues a lettered list as the ninth letter; "v." and "x." continue a roman one.
        Assert.Equal(ListNumbering.LowerAlpha, OnlyList("h. x\ni. y\n").Numbering);
        Assert.Equal(2, OnlyList("h. x\ni. y\n").Items.Count);
        Assert.Equal(3, OnlyList("iv. x\nv. y\nvi. z\n").Items.Count);
        // "#." continues the list it follows.
        var auto = OnlyList("c. x\n#. y\n");
        Assert.Equal((ListNumbering.LowerAlpha, 2), (auto.Numbering, auto.Items.Count));
    }

    [Theory]
    [InlineData("B. Russell was a philosopher.")]
    [InlineData("I. Newton was not.")]
    [InlineData("A paragraph that goes\n(a) on after a break\ni. and on.")]
    [InlineData("(see below) for more.")]
    [InlineData("#hashtag text")]
    [InlineData("@smith. says so.")]
    public void Text_that_only_looks_like_a_marker_stays_a_paragraph(string body)
    {
        var (blocks, _) = Parse(body + "\n");
        Assert.IsType<Paragraph>(Assert.Single(blocks));
    }

    [Fact]
    public void A_change_of_style_or_delimiter_starts_a_new_list()
    {
        var (blocks, _) = Parse("a. x\nb. y\n\n(c) z\n\n1. w\n");
        Assert.Equal(3, blocks.OfType<ListBlock>().Count());
    }

    [Fact]
    public void Examples_number_on_across_lists_and_their_labels_win_over_citations()
    {
        var (blocks, diags) = Parse("(@) one\n(@b) two\n\nSee @b and (@b), but not [@b] nor @other.\n\n(@) three\n");
        var lists = blocks.OfType<ListBlock>().ToList();
        Assert.Equal([(ListNumbering.Example, 1, 2), (ListNumbering.Example, 3, 1)], lists.Select(l => (l.Numbering, l.Start, l.Items.Count)));
        var p = blocks.OfType<Paragraph>().Single();
        Assert.Equal("See 2 and (2), but not  nor .", InlineText.Plain(p.Content));
        // A bracketed citation and an unknown key stay citations (and fail later as unknown keys, as before).
        Assert.Equal(["b", "other"], p.Content.OfType<Citation>().Select(c => c.Items[0].Key));
        Assert.Empty(diags.Items);
    }

    [Fact]
    public void A_reference_before_its_example_is_resolved_too()
    {
        var (blocks, _) = Parse("As @later shows.\n\n(@) first\n(@later) second\n");
        Assert.Equal("As 2 shows.", InlineText.Plain(blocks.OfType<Paragraph>().Single().Content));
    }

    [Fact]
    public void A_repeated_example_label_is_warned_about()
    {
        var (_, diags) = Parse("(@a) one\n(@a) two\n");
        var w = Assert.Single(diags.Items);
        Assert.Contains("'a'", w.ToString());
        Assert.Contains("t.md:4:", w.ToString());
    }

    [Fact]
    public void Task_items_carry_their_box_and_lose_the_brackets()
    {
        var l = OnlyList("- [ ] todo *now*\n- [x] done\n- [X] also done\n- plain [ ] text\n");
        Assert.Equal([false, true, true, null], l.Items.Select(i => i.Checked));
        Assert.Equal(["todo now", "done", "also done", "plain [ ] text"], l.Items.Select(i => InlineText.Plain(((Paragraph)i.Blocks[0]).Content)));
    }
}
