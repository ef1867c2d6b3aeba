using System.Globalization;
using Book.Model;
using YamlDotNet.RepresentationModel;

namespace Book.Core.Sources;

/// <summary>
/// Reads book.yaml's <c>cover:</c>, <c>binding:</c> and <c>paper:</c>. Every key and value is checked
/// here: a wrong one is an error at its place (with a did-you-mean for a misspelt key), since a cover
/// printed wrong is paper wasted. Whether the pictures exist is the build's to say when it loads them.
/// </summary>
static class CoverReader
{
    static readonly string[] CoverKeys = ["front", "back", "background"];
    static readonly string[] FrontKeys = ["image", "text"];
    static readonly string[] BackKeys = ["text", "image"];
    static readonly string[] BindingKeys = ["method", "cover"];
    static readonly string[] PaperKeys = ["caliper"];
    static readonly string[] PictureExtensions = [".jpg", ".jpeg", ".png", ".svg"];

    /// <summary>A caliper above this is board, not book paper: most likely a unit slip (1 instead of 0.1mm).</summary>
    static readonly double MaxCaliper = Length.Mm(1);

    public static (CoverDesign Design, BackCoverText? Back)? Read(YamlNode? node, DiagnosticBag diags, Func<YamlNode, SourceSpan> at)
    {
        if (node is null) return null;
        // cover: typographic — the front cover set from the title; no back text.
        if (node is YamlScalarNode { Value: "typographic" }) return (new CoverDesign(), null);
        if (node is not YamlMappingNode map)
        {
            diags.Error(at(node), "'cover' must be a mapping such as { front: typographic, back: back-cover.md }");
            return null;
        }
        var design = new CoverDesign();
        BackCoverText? back = null;
        foreach (var (k, v) in map.Children)
        {
            switch (Key(k, CoverKeys, "cover", diags, at))
            {
                case "front": design = ReadFront(v, design, diags, at); break;
                case "back": (design, back) = ReadBack(v, design, diags, at); break;
                case "background": design = design with { Background = ReadGray(v, diags, at) }; break;
            }
        }
        return (design, back);
    }

    /// <summary><c>front: typographic</c>, <c>front: cover.jpg</c> (the picture is the cover) or <c>front: { image: cover.jpg, text: true }</c>.</summary>
    static CoverDesign ReadFront(YamlNode v, CoverDesign design, DiagnosticBag diags, Func<YamlNode, SourceSpan> at)
    {
        const string Shape = "'front' must be 'typographic', a picture such as cover.jpg, or { image: cover.jpg, text: true }";
        switch (v)
        {
            case YamlScalarNode { Value: "typographic" }: return design with { FrontImage = null, FrontText = true };
            case YamlScalarNode s when Picture(s, diags, at, "front") is { } picture:
                return design with { FrontImage = picture with { Bleed = true }, FrontText = false };
            case YamlScalarNode: return design;
            case YamlMappingNode m:
                CoverImage? image = null; bool text = true;
                foreach (var (k, val) in m.Children)
                    switch (Key(k, FrontKeys, "front", diags, at))
                    {
                        case "image": image = val is YamlScalarNode si ? Picture(si, diags, at, "image") : Wrong<CoverImage>(val, "'image' must be a picture file such as cover.jpg", diags, at); break;
                        case "text": text = Bool(val, "text", diags, at) ?? true; break;
                    }
                // A front picture is the whole cover: it fills the page and runs into the bleed.
                return design with { FrontImage = image is null ? null : image with { Bleed = true }, FrontText = text || image is null };
            default:
                diags.Error(at(v), Shape);
                return design;
        }
    }

    /// <summary><c>back: back-cover.md</c>, <c>back: "Some *Markdown* text"</c> or <c>back: { text: …, image: photo.jpg {.bleed} }</c>.</summary>
    static (CoverDesign, BackCoverText?) ReadBack(YamlNode v, CoverDesign design, DiagnosticBag diags, Func<YamlNode, SourceSpan> at)
    {
        switch (v)
        {
            case YamlScalarNode s: return (design, Text(s, diags, at));
            case YamlMappingNode m:
                BackCoverText? text = null; CoverImage? image = null;
                foreach (var (k, val) in m.Children)
                    switch (Key(k, BackKeys, "back", diags, at))
                    {
                        case "text": text = val is YamlScalarNode st ? Text(st, diags, at) : Wrong<BackCoverText>(val, "'text' must be a Markdown file such as back-cover.md or the text itself", diags, at); break;
                        case "image": image = val is YamlScalarNode si ? Picture(si, diags, at, "image") : Wrong<CoverImage>(val, "'image' must be a picture file such as photo.jpg", diags, at); break;
                    }
                return (design with { BackImage = image }, text);
            default:
                diags.Error(at(v), "'back' must be a Markdown file such as back-cover.md, the text itself, or { text: back-cover.md, image: photo.jpg }");
                return (design, null);
        }
    }

    static BackCoverText? Text(YamlScalarNode s, DiagnosticBag diags, Func<YamlNode, SourceSpan> at)
    {
        var value = (s.Value ?? "").Trim();
        if (value.Length == 0) { diags.Error(at(s), "the back cover's text is empty; give a Markdown file such as back-cover.md or the text itself"); return null; }
        // One line ending in .md names a file; anything else is the text itself.
        bool file = !value.Contains('\n') && value.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        return file ? new BackCoverText(value, null, at(s)) : new BackCoverText(null, s.Value, at(s));
    }

    /// <summary>A picture path, optionally with Pandoc's <c>{.bleed}</c> after it: "photo.jpg {.bleed}".</summary>
    static CoverImage? Picture(YamlScalarNode s, DiagnosticBag diags, Func<YamlNode, SourceSpan> at, string key)
    {
        var value = (s.Value ?? "").Trim();
        bool bleed = false;
        int brace = value.IndexOf('{');
        if (brace >= 0)
        {
            var attrs = value[brace..].Trim();
            value = value[..brace].Trim();
            if (attrs == "{.bleed}") bleed = true;
            else { diags.Error(at(s), $"'{attrs}' after the picture: the one attribute a cover picture takes is {{.bleed}}"); return null; }
        }
        if (!PictureExtensions.Any(e => value.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            diags.Error(at(s), value.Length == 0 ? $"'{key}' names no picture; give a file such as cover.jpg"
                : $"'{value}' is not a picture file; '{key}' takes a .jpg, .png or .svg file of the project" + (key == "front" ? ", or 'typographic'" : ""));
            return null;
        }
        return new CoverImage(value, at(s), bleed);
    }

    /// <summary>A grey from 0 (black) to 1 (white), or black / white.</summary>
    static double? ReadGray(YamlNode v, DiagnosticBag diags, Func<YamlNode, SourceSpan> at)
    {
        var value = (v as YamlScalarNode)?.Value?.Trim() ?? "";
        switch (value)
        {
            case "black": return 0;
            case "white": return 1;
            case "none": return null;
        }
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var g) && g is >= 0 and <= 1) return g;
        diags.Error(at(v), $"background '{value}' must be a grey from 0 (black) to 1 (white), black, white or none");
        return null;
    }

    /// <summary><c>binding: { method: saddle-stitch | perfect, cover: self | separate }</c> and <c>paper: { caliper: 0.1mm }</c>.</summary>
    public static BindingSetting ReadBinding(YamlNode? binding, YamlNode? paper, DiagnosticBag diags, Func<YamlNode, SourceSpan> at)
    {
        var method = BindingMethod.SaddleStitch;
        bool? separate = null;
        YamlNode? coverNode = null;
        if (binding is YamlMappingNode bm)
        {
            foreach (var (k, v) in bm.Children)
            {
                var value = (v as YamlScalarNode)?.Value?.Trim() ?? "";
                switch (Key(k, BindingKeys, "binding", diags, at))
                {
                    case "method":
                        if (value == "perfect") method = BindingMethod.Perfect;
                        else if (value != "saddle-stitch") diags.Error(at(v), $"binding method '{value}' must be saddle-stitch or perfect");
                        break;
                    case "cover":
                        coverNode = v;
                        if (value is "self" or "separate") separate = value == "separate";
                        else diags.Error(at(v), $"binding cover '{value}' must be self (the booklet's outside sheet) or separate (a cover spread of its own)");
                        break;
                }
            }
        }
        else if (binding is not null)
            diags.Error(at(binding), "'binding' must be a mapping such as { method: saddle-stitch, cover: separate }");

        // A perfect-bound block is glued into its cover: the cover cannot be one of its sheets.
        if (method == BindingMethod.Perfect && separate == false)
            diags.Error(at(coverNode!), "a perfect-bound book cannot have a self-cover; use cover: separate");

        double caliper = BindingSetting.DefaultCaliper;
        if (paper is YamlMappingNode pm)
        {
            foreach (var (k, v) in pm.Children)
                if (Key(k, PaperKeys, "paper", diags, at) == "caliper")
                {
                    var value = (v as YamlScalarNode)?.Value?.Trim() ?? "";
                    if (Length.TryParse(value, out var c) && c > 0 && c <= MaxCaliper) caliper = c;
                    else diags.Error(at(v), $"caliper '{value}' must be the thickness of one leaf, a length above 0 and at most 1mm, such as 0.1mm");
                }
        }
        else if (paper is not null)
            diags.Error(at(paper), "'paper' must be a mapping such as { caliper: 0.1mm }");

        return new BindingSetting(method, separate ?? method == BindingMethod.Perfect, caliper);
    }

    /// <summary>The key if it is one of <paramref name="known"/>; else an error naming the closest and null.</summary>
    static string? Key(YamlNode k, string[] known, string under, DiagnosticBag diags, Func<YamlNode, SourceSpan> at)
    {
        var key = (k as YamlScalarNode)?.Value ?? "";
        if (known.Contains(key)) return key;
        var hint = DidYouMean.Closest(key, known) is { } near ? $"did you mean '{near}'? " : "";
        diags.Error(at(k), $"unknown key '{key}' under '{under}'; {hint}use {string.Join(", ", known)}");
        return null;
    }

    static bool? Bool(YamlNode v, string key, DiagnosticBag diags, Func<YamlNode, SourceSpan> at)
    {
        switch ((v as YamlScalarNode)?.Value)
        {
            case "true" or "yes": return true;
            case "false" or "no": return false;
            default: diags.Error(at(v), $"'{key}' must be true or false"); return null;
        }
    }

    static T? Wrong<T>(YamlNode v, string message, DiagnosticBag diags, Func<YamlNode, SourceSpan> at) where T : class
    {
        diags.Error(at(v), message);
        return null;
    }
}
