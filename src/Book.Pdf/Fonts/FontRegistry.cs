using Book.Fonts;

namespace Book.Pdf;

/// <summary>One PDF font per OpenTypeFont instance, numbered in order of first use.</summary>
internal sealed class FontRegistry
{
    private readonly ObjectWriter _writer;
    private readonly Dictionary<OpenTypeFont, FontUsage> _byFont = new(ReferenceEqualityComparer.Instance);
    private readonly List<FontUsage> _ordered = new();

    public FontRegistry(ObjectWriter writer) => _writer = writer;

    public IReadOnlyList<FontUsage> Fonts => _ordered;

    public FontUsage Get(OpenTypeFont font)
    {
        if (!_byFont.TryGetValue(font, out var usage))
        {
            usage = new FontUsage(font, "F" + (_ordered.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), _writer.Allocate());
            _byFont.Add(font, usage);
            _ordered.Add(usage);
        }
        return usage;
    }
}
