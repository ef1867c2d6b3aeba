namespace Book.Model;

/// <summary>Anchor ids the model makes for things that have no id of their own, shared by both renderers.</summary>
public static class Anchors
{
    /// <summary>The anchor a table or chart is found by: its own id, or one made from its label ("Table 5.2" → "auto:Table-5.2").</summary>
    public static string AnchorOf(string? id, string? label) => id ?? "auto:" + (label ?? "").Replace(' ', '-');
}
