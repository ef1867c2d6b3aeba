namespace Book.Csl;

/// <summary>One cite inside a citation: which item, and what the writer added around it.</summary>
public sealed record CiteItem(string Id)
{
    public string? Locator { get; init; }
    /// <summary>A locator term name: "page", "chapter", "section", "paragraph", … (default "page").</summary>
    public string? Label { get; init; }
    public string? Prefix { get; init; }
    public string? Suffix { get; init; }
    /// <summary>Pandoc's [-@key]: everything but the author.</summary>
    public bool SuppressAuthor { get; init; }
    /// <summary>Only the author (Pandoc's narrative @key prints this in the text).</summary>
    public bool AuthorOnly { get; init; }
}

/// <summary>A citation: its cites in written order and the footnote it stands in (0 outside notes).</summary>
public sealed record CitationCluster(IReadOnlyList<CiteItem> Items, int NoteIndex = 0);

/// <summary>One bibliography entry.</summary>
public sealed record BibliographyEntry(string Id, RichText Text);

/// <summary>The bibliography and how the style wants it laid out.</summary>
public sealed record CslBibliography(IReadOnlyList<BibliographyEntry> Entries)
{
    /// <summary>"flush" or "margin" when the first field (e.g. "[1]") stands apart; null otherwise.</summary>
    public string? SecondFieldAlign { get; init; }
    public bool HangingIndent { get; init; }
    public int LineSpacing { get; init; } = 1;
    public int EntrySpacing { get; init; } = 1;

    /// <summary>The HTML the CSL test suite expects, laid out as citeproc-js lays out entries that hold
    /// display blocks (each block and margin on its own line).</summary>
    public string ToHtml()
    {
        var sb = new System.Text.StringBuilder("<div class=\"csl-bib-body\">\n");
        foreach (var e in Entries)
        {
            sb.Append("  <div class=\"csl-entry\">");
            foreach (var n in e.Text.Nodes)
            {
                var html = new RichText([n]).ToHtml();
                switch ((n as RichSpan)?.Style)
                {
                    case RichStyle.Block: sb.Append("\n\n    ").Append(html).Append('\n'); break;
                    case RichStyle.LeftMargin: sb.Append("\n    ").Append(html); break;
                    case RichStyle.RightInline or RichStyle.Indent: sb.Append(html).Append("\n  "); break;
                    default: sb.Append(html); break;
                }
            }
            sb.Append("</div>\n");
        }
        return sb.Append("</div>").ToString();
    }
}
