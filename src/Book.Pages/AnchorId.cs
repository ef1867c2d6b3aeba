namespace Book.Pages;

/// <summary>What an anchor marks; the kind decides the destination name it is written under.</summary>
public enum AnchorKind
{
    /// <summary>A place the text names by its model id (a table, a figure — see Book.Model's Anchors.AnchorOf for
    /// those without an id —, an index term, a link target): the id as it is.</summary>
    Target,
    /// <summary>The opening of a division, at its title: the division id as it is.</summary>
    Title,
    /// <summary>A section heading directly in a division's text: the heading id as it is.</summary>
    Heading,
    /// <summary>The top of a division's first page where no title carries it (the index's columns): "div:" and the id.</summary>
    Division,
    /// <summary>A note at the foot of the page, where its mark links to: "note:" and the note id.</summary>
    Note,
    /// <summary>A note's mark in the text, where the note's number links back to: "mark:" and the note id.</summary>
    Mark,
}

/// <summary>
/// A typed anchor: what it marks (<see cref="Kind"/>) and the model id or label it is found by
/// (<see cref="Key"/>). <see cref="Name"/> is the named destination the PDF writes, made once here,
/// so mark, note and division destinations are no longer spelled with string prefixes in several files.
/// </summary>
public readonly record struct AnchorId
{
    public AnchorId(AnchorKind kind, string key)
    {
        Kind = kind;
        Key = key;
        Name = kind switch
        {
            AnchorKind.Division => "div:" + key,
            AnchorKind.Note => "note:" + key,
            AnchorKind.Mark => "mark:" + key,
            _ => key,
        };
    }

    public AnchorKind Kind { get; }
    public string Key { get; }
    /// <summary>The destination name, as links and the PDF's name tree spell it.</summary>
    public string Name { get; }

    public static AnchorId Of(string modelId) => new(AnchorKind.Target, modelId);
    public static AnchorId Title(string divisionId) => new(AnchorKind.Title, divisionId);
    public static AnchorId Heading(string headingId) => new(AnchorKind.Heading, headingId);
    public static AnchorId Division(string divisionId) => new(AnchorKind.Division, divisionId);
    public static AnchorId Note(string noteId) => new(AnchorKind.Note, noteId);
    public static AnchorId Mark(string noteId) => new(AnchorKind.Mark, noteId);

    public override string ToString() => Name;
}

/// <summary>Where a division, or a section heading directly in its text, starts: which division, which heading (null for the division's own opening), which page (0-based physical index), and the anchor that marks it there.</summary>
public sealed record PageStart(string DivisionId, string? HeadingAnchor, int PageIndex, AnchorId Anchor);
