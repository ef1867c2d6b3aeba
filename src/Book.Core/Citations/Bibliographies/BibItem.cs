using System.Text.Json.Nodes;
using Book.Model;

namespace Book.Core.Citations.Bibliographies;

/// <summary>
/// One source as a CSL-JSON item, whichever file format it came from: the interchange the CSL
/// processor reads as it is. <see cref="Span"/> is where the entry starts in its file and
/// <see cref="FieldSpans"/> where each field was written, so later stages can point at them.
/// </summary>
public sealed record BibItem(string Id, string Type, JsonObject Csl, SourceSpan Span)
{
    public IReadOnlyDictionary<string, SourceSpan> FieldSpans { get; init; } = new Dictionary<string, SourceSpan>();

    /// <summary>Where <paramref name="field"/> was written, or the entry's start when it was not.</summary>
    public SourceSpan At(string field) => FieldSpans.TryGetValue(field, out var s) ? s : Span;

    /// <summary>A text field as written (rich-text markup kept), or null.</summary>
    public string? Text(string field) => Csl[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
