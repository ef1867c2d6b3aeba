using System.Reflection;
using Book.Fonts.Tables;

namespace Book.Fonts;

public sealed partial class OpenTypeFont
{
    private Cmap _cmap = null!;
    private int[] _advances = [];
    private Glyf _glyf = null!;
    private TableDirectory _tables = null!;

    private static readonly Lazy<OpenTypeFont>[] Bundled =
        Enum.GetValues<FontStyle>().Select(s => new Lazy<OpenTypeFont>(() => ReadBundled(s))).ToArray();

    /// <summary>IBM Plex Mono, the code face: its own lazy, so a book without code never parses it.</summary>
    private static readonly Lazy<OpenTypeFont> BundledMono = new(() => ReadResource(MonoFileName));

    /// <summary>The code face's file name, as a resource of Book.Fonts and in an e-book.</summary>
    public const string MonoFileName = "IBMPlexMono-Regular.ttf";

    private OpenTypeFont() { }

    /// <summary>Parses a TrueType-flavoured OpenType font. The bytes are copied.</summary>
    /// <exception cref="FontFormatException">The data is not a font we can read.</exception>
    public static OpenTypeFont Load(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var font = new OpenTypeFont();
        try
        {
            font.Parse(data.ToArray());
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or OverflowException)
        {
            // Every read is bounds-checked; this is the safety net for a corrupt font we did
            // not foresee, so callers only ever have to handle FontFormatException.
            throw new FontFormatException($"Corrupt font data: {e.Message}", e);
        }
        return font;
    }

    /// <summary>One of the bundled Literata faces; loaded once per process and shared.</summary>
    public static OpenTypeFont LoadBundled(FontStyle style)
    {
        if ((uint)style >= (uint)Bundled.Length) throw new ArgumentOutOfRangeException(nameof(style));
        return Bundled[(int)style].Value;
    }

    /// <summary>IBM Plex Mono Regular, the face code and TeX source are set in; parsed on first use, once per process.</summary>
    public static OpenTypeFont LoadBundledMono() => BundledMono.Value;

    private static OpenTypeFont ReadBundled(FontStyle style) => ReadResource($"Literata-{style}.ttf");

    private static OpenTypeFont ReadResource(string file)
    {
        string name = "fonts/" + file;
        using var stream = typeof(OpenTypeFont).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Bundled font resource '{name}' is missing from Book.Fonts.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var font = new OpenTypeFont();
        font.Parse(buffer.ToArray());
        return font;
    }

    private void Parse(byte[] bytes)
    {
        ReadOnlySpan<byte> data = bytes;
        Data = bytes;
        _tables = TableDirectory.Read(data);

        var head = Head.Read(_tables.GetRequired(data, "head"));
        var hhea = Hhea.Read(_tables.GetRequired(data, "hhea"));
        GlyphCount = Maxp.ReadGlyphCount(_tables.GetRequired(data, "maxp"));
        _advances = Hmtx.ReadAdvances(_tables.GetRequired(data, "hmtx"), hhea.NumberOfHMetrics, GlyphCount);
        _cmap = Cmap.Read(_tables.Get(data, "cmap"), GlyphCount);
        _glyf = _tables.Has("loca") && _tables.Has("glyf")
            ? Glyf.Read(_tables.Get(data, "loca"), _tables.Get(data, "glyf").Length, head.IndexToLocFormat, GlyphCount)
            : Glyf.Empty(GlyphCount);

        var os2 = Os2.Read(_tables.Get(data, "OS/2"));
        var post = Post.Read(_tables.Get(data, "post"));
        var name = _tables.Get(data, "name");

        UnitsPerEm = head.UnitsPerEm;
        BoundingBox = (head.XMin, head.YMin, head.XMax, head.YMax);
        // Typo metrics are the designer's intent when the font says so; hhea otherwise,
        // since that is what most platforms lay lines out with.
        if (os2 is { UseTypoMetrics: true } typo)
            (Ascender, Descender, LineGap) = (typo.TypoAscender, typo.TypoDescender, typo.TypoLineGap);
        else
            (Ascender, Descender, LineGap) = (hhea.Ascender, hhea.Descender, hhea.LineGap);
        if (Descender > 0) Descender = -Descender;

        var glyf = _tables.Get(data, "glyf");
        CapHeight = os2?.CapHeight is > 0 and var cap ? cap : _glyf.YMax(glyf, _cmap.Get('H')) ?? Ascender;
        XHeight = os2?.XHeight is > 0 and var x ? x : _glyf.YMax(glyf, _cmap.Get('x')) ?? Ascender / 2;
        // Without OS/2's strikeout metrics: a twentieth of an em, centred on the middle of the x-height.
        StrikeoutSize = os2?.StrikeoutSize is > 0 and var ss ? ss : Math.Max(1, UnitsPerEm / 20);
        StrikeoutPosition = os2?.StrikeoutPosition is > 0 and var sp ? sp : (XHeight + StrikeoutSize) / 2;
        WeightClass = os2?.WeightClass is > 0 and var w ? w : head.IsBold ? 700 : 400;
        ItalicAngle = post.ItalicAngle;
        IsItalic = (os2?.IsItalic ?? false) || head.IsItalic || post.ItalicAngle != 0;
        IsFixedPitch = post.IsFixedPitch;

        PostScriptName = Name.Find(name, Name.PostScriptId) ?? "";
        FamilyName = Name.Find(name, Name.TypographicFamilyId) ?? Name.Find(name, Name.FamilyId) ?? "";

        ParseLayout(data);
    }
}
