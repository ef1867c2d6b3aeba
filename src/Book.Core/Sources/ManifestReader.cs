using System.Globalization;
using Book.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Book.Core.Sources;

/// <summary>Reads book.yaml. Unknown keys are warnings, wrong shapes are errors with line and column.</summary>
public static class ManifestReader
{
    public const string FileName = "book.yaml";
    /// <summary>The longest title or subtitle book.yaml may give (a page of text there is a mistake, repeated on every page).</summary>
    public const int MaxTitleCharacters = 1000;
    static readonly string[] Known =
    [
        "title", "subtitle", "slug", "editors", "author", "authors", "language", "lang", "date", "edition", "identifier",
        "page", "font-size", "font", "dedication", "front-matter", "colophon", "chapters", "appendices", "outputs",
        "list-of-tables", "list-of-figures", "creep", "pdfa", "print", "chapters-open", "description", "subject", "keywords",
        "images",
        "cover", "binding", "paper", "terms",
        "bibliography", "csl",
    ];

    /// <param name="knownOutputs">the output names the build can write (its registry); null accepts any name</param>
    public static Manifest? Read(string text, DiagnosticBag diags, string file = FileName, IReadOnlyList<string>? knownOutputs = null)
    {
        var node = YamlDocument.Load(text, file, diags, out bool failed);
        if (failed) return null;
        if (node is not YamlMappingNode root)
        {
            diags.Error(new SourceSpan(file, 1, 1), "book.yaml must be a mapping with at least 'title' and 'chapters'");
            return null;
        }

        SourceSpan At(YamlNode n) => new(file, (int)n.Start.Line, (int)n.Start.Column);
        var map = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (k, v) in root.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? "";
            if (!Known.Contains(key)) diags.Warning(At(k), $"unknown key '{key}' in book.yaml is ignored");
            map[key] = v;
        }

        string? Scalar(string key)
        {
            if (!map.TryGetValue(key, out var n)) return null;
            if (n is YamlScalarNode s) return s.Value;
            diags.Error(At(n), $"'{key}' must be a single value");
            return null;
        }

        List<FileRef> Files(string key)
        {
            var list = new List<FileRef>();
            if (!map.TryGetValue(key, out var n)) return list;
            if (n is YamlSequenceNode seq)
            {
                foreach (var item in seq)
                    if (item is YamlScalarNode { Value: { Length: > 0 } v }) list.Add(new FileRef(v, At(item)));
                    else diags.Error(At(item), $"each entry of '{key}' must be a file name");
            }
            else if (n is YamlScalarNode { Value: { Length: > 0 } one }) list.Add(new FileRef(one, At(n)));
            else diags.Error(At(n), $"'{key}' must be a list of file names");
            return list;
        }

        var title = Scalar("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            diags.Error(new SourceSpan(file, 1, 1), "book.yaml has no 'title'; add e.g. title: \"My Book\"");
            return null;
        }
        // The title and subtitle are set on the title page, the cover, the running heads and in the metadata.
        foreach (var key in new[] { "title", "subtitle" })
            if (Scalar(key) is { Length: > MaxTitleCharacters } tooLong)
            {
                diags.Error(At(map[key]), $"the {key} has {tooLong.Length:N0} characters; it may have at most {MaxTitleCharacters:N0}");
                return null;
            }
        var chapters = Files("chapters");
        if (!map.ContainsKey("chapters"))
            diags.Error(new SourceSpan(file, 1, 1), "book.yaml has no 'chapters' list; add the Markdown files in reading order");

        var editors = new List<string>();
        foreach (var key in new[] { "editors", "author", "authors" })
            if (map.TryGetValue(key, out var n))
            {
                if (n is YamlSequenceNode s) editors.AddRange(s.OfType<YamlScalarNode>().Select(x => x.Value ?? "").Where(x => x.Length > 0));
                // "editors: none" says the book names nobody on purpose (the print preflight accepts it).
                else if (n is YamlScalarNode { Value: { Length: > 0 } v } && v != "none") editors.Add(v);
            }

        var language = Scalar("language") ?? Scalar("lang") ?? "en";
        if (!LanguageTag.IsWellFormed(language))
        {
            diags.Error(At(map.ContainsKey("language") ? map["language"] : map["lang"]), LanguageTag.Problem(language));
            language = "en";
        }
        var date = Scalar("date");
        if (date is not null && !IsoDate.TryParse(date, out _))
            diags.Error(At(map["date"]), $"date '{date}' is not an ISO date such as 2026-02-26");

        var page = ReadPage(map.GetValueOrDefault("page"), diags, At);
        double fontSize = 10.5;
        if (Scalar("font-size") is { } fs)
        {
            if (!double.TryParse(fs, NumberStyles.Float, CultureInfo.InvariantCulture, out fontSize) || fontSize < 6 || fontSize > 24)
            {
                diags.Error(At(map["font-size"]), $"font-size '{fs}' must be a number of points between 6 and 24");
                fontSize = 10.5;
            }
        }
        double creep = 0;
        // Creep is the paper's thickness per sheet (0.05–0.3 mm for book papers); 2 mm would push the
        // inner sheets' pages off the paper.
        if (Scalar("creep") is { } cr && (!Length.TryParse(cr, out creep) || creep < 0 || creep > Length.Mm(2)))
        {
            diags.Error(At(map["creep"]), $"creep '{cr}' must be a length from 0 to 2mm, such as 0.1mm (the paper's thickness per sheet)");
            creep = 0;
        }
        bool pdfa = true;
        if (Scalar("pdfa") is { } pa)
        {
            if (pa is "false" or "no") pdfa = false;
            else if (pa is not ("true" or "yes")) diags.Error(At(map["pdfa"]), $"pdfa '{pa}' must be true or false");
        }

        var outputs = new List<NamedSetting>();
        if (map.TryGetValue("outputs", out var on) && on is YamlSequenceNode os)
            foreach (var o in os.OfType<YamlScalarNode>())
            {
                var v = o.Value ?? "";
                if (knownOutputs is null || knownOutputs.Contains(v)) outputs.Add(new NamedSetting(v, At(o)));
                else diags.Error(At(o), $"unknown output '{v}'; use {OneOf(knownOutputs)}");
            }

        var appendices = Files("appendices");
        foreach (var a in appendices)
            if (a.IsGenerated && a.Generated is null)
                diags.Error(a.Span, $"unknown appendix '{a.Path}'; use a .md file or one of: {string.Join(", ", GeneratedAppendices.All.Select(GeneratedAppendices.Name))}");

        var slug = Scalar("slug");
        if (string.IsNullOrWhiteSpace(slug)) slug = Slug.From(title, language);
        else if (!Slug.IsValid(slug)) { diags.Error(At(map["slug"]), $"slug '{slug}' may contain only a–z, 0–9 and hyphens"); slug = Slug.From(title, language); }

        bool openRight = true;
        if (Scalar("chapters-open") is { } open)
        {
            if (open is "any") openRight = false;
            else if (open is not "right") diags.Error(At(map["chapters-open"]), $"chapters-open '{open}' must be 'right' or 'any'");
        }
        var meta = new BookMetadata(title.Trim(), Scalar("subtitle"), editors, language, date, Scalar("edition"), slug,
            Scalar("identifier"), page, fontSize)
        {
            OpenRight = openRight, Description = Scalar("description"), Subject = Scalar("subject"),
            Keywords = ReadKeywords(map.GetValueOrDefault("keywords"), diags, At),
        };
        var languageAt = map.TryGetValue("language", out var ln) || map.TryGetValue("lang", out ln) ? At(ln) : new SourceSpan(file, 1, 1);
        meta = meta with { Locale = TermsReader.Read(map.GetValueOrDefault("terms"), language, diags, At, languageAt) };
        var cover = CoverReader.Read(map.GetValueOrDefault("cover"), diags, At);
        if (cover is not null) meta = meta with { Cover = cover.Value.Design };
        var build = new BuildSettings(outputs, pdfa, creep, ReadFont(map.GetValueOrDefault("font"), diags, At))
        {
            PrintSheet = ReadPrintSheet(map.GetValueOrDefault("print"), diags, At),
            ScreenPpi = ReadScreenPpi(map.GetValueOrDefault("images"), diags, At),
            Binding = CoverReader.ReadBinding(map.GetValueOrDefault("binding"), map.GetValueOrDefault("paper"), diags, At),
        };
        return new Manifest(meta, Scalar("dedication"), Files("front-matter"), Scalar("colophon"), chapters, appendices,
            Scalar("list-of-tables") is "true" or "yes", Scalar("list-of-figures") is "true" or "yes", build)
        {
            BackCover = cover?.Back,
            Bibliography = Files("bibliography"),
            Csl = map.TryGetValue("csl", out var csl) ? Scalar("csl") is { Length: > 0 } name ? new NamedSetting(name, At(csl)) : null : null,
        };
    }

    /// <summary><c>print: { sheet: A3 }</c>: the paper the booklet is imposed on. Only the shape is checked
    /// here; which sheet names exist is the PDF writer's to say.</summary>
    static NamedSetting? ReadPrintSheet(YamlNode? node, DiagnosticBag diags, Func<YamlNode, SourceSpan> at)
    {
        if (node is null) return null;
        if (node is not YamlMappingNode map)
        {
            diags.Error(at(node), "'print' must be a mapping such as { sheet: A3 }");
            return null;
        }
        NamedSetting? sheet = null;
        foreach (var (k, v) in map.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? "";
            if (key == "blank-pages")
            {
                // Read by the print preflight: the booklet may end with the blanks that fill its last sheet.
                if (v is not YamlScalarNode { Value: "allowed" }) diags.Error(at(v), "'blank-pages' can only be 'allowed' (leave it out to have the preflight count them)");
                continue;
            }
            if (key != "sheet") { diags.Warning(at(k), $"unknown key '{key}' under 'print' is ignored; 'sheet' and 'blank-pages' are the ones there are"); continue; }
            if (v is YamlScalarNode { Value: { Length: > 0 } name }) sheet = new NamedSetting(name.Trim(), at(v));
            else diags.Error(at(v), "'sheet' must be a paper size such as A4, A3 or Tabloid");
        }
        return sheet;
    }

    /// <summary><c>images: { screen-ppi: 200 }</c>: the reading PDF's image resolution; <c>original</c> keeps every image as it is.</summary>
    static double? ReadScreenPpi(YamlNode? node, DiagnosticBag diags, Func<YamlNode, SourceSpan> at)
    {
        double? ppi = BuildSettings.DefaultScreenPpi;
        if (node is null) return ppi;
        if (node is not YamlMappingNode map)
        {
            diags.Error(at(node), "'images' must be a mapping such as { screen-ppi: 200 }");
            return ppi;
        }
        foreach (var (k, v) in map.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? "";
            if (key != "screen-ppi") { diags.Warning(at(k), $"unknown key '{key}' under 'images' is ignored"); continue; }
            var text = (v as YamlScalarNode)?.Value?.Trim();
            if (text is "original") ppi = null;
            else if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n is >= 72 and <= 2400) ppi = n;
            else diags.Error(at(v), $"screen-ppi '{text}' must be a resolution from 72 to 2400 pixels an inch, or 'original'");
        }
        return ppi;
    }

    /// <summary>"a, b or c".</summary>
    static string OneOf(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];

    /// <summary><c>keywords: [a, b]</c>, or one string <c>keywords: a, b</c> split at its commas (as people write them).</summary>
    static List<string> ReadKeywords(YamlNode? node, DiagnosticBag diags, Func<YamlNode, SourceSpan> at)
    {
        var list = new List<string>();
        switch (node)
        {
            case null: break;
            case YamlScalarNode s:
                list.AddRange((s.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                break;
            case YamlSequenceNode seq:
                foreach (var item in seq)
                    if (item is YamlScalarNode { Value: { } v } && v.Trim().Length > 0) list.Add(v.Trim());
                    else diags.Error(at(item), "each keyword must be a single word or phrase");
                break;
            default: diags.Error(at(node), "'keywords' must be a list such as [Khojaly, 1992] or a comma-separated string"); break;
        }
        return list;
    }

    /// <summary>
    /// <c>font: Literata</c> or <c>font: { regular: fonts/X.ttf, italic: …, bold: …, bold-italic: … }</c>. Only the
    /// shape is checked here; whether the family exists and the files are fonts is the build's to say.
    /// </summary>
    static FontSetting? ReadFont(YamlNode? node, DiagnosticBag diags, Func<YamlNode, SourceSpan> at)
    {
        switch (node)
        {
            case null: return null;
            case YamlScalarNode { Value: { } family } when family.Trim().Length > 0:
                return new FontSetting(family.Trim(), new Dictionary<string, FileRef>(), at(node));
            case YamlMappingNode m:
                var files = new Dictionary<string, FileRef>(StringComparer.Ordinal);
                foreach (var (k, v) in m.Children)
                {
                    var face = (k as YamlScalarNode)?.Value ?? "";
                    if (!FontSetting.Faces.Contains(face))
                        diags.Error(at(k), $"unknown font face '{face}'; use {OneOf(FontSetting.Faces)}");
                    else if (v is YamlScalarNode { Value: { Length: > 0 } path }) files[face] = new FileRef(path, at(v));
                    else diags.Error(at(v), $"'{face}' must be a font file in the project, such as fonts/MyFont-{FaceExample(face)}.ttf");
                }
                if (!files.ContainsKey("regular") && files.Count > 0)
                    diags.Error(at(node), "'font' needs at least a 'regular' file; the other faces fall back to it");
                if (files.Count == 0 && m.Children.Count == 0)
                    diags.Error(at(node), "'font' is empty; write font: Literata or font: { regular: fonts/MyFont-Regular.ttf }");
                return new FontSetting(null, files, at(node));
            default:
                diags.Error(at(node), "'font' must be a family name (Literata) or font files such as { regular: fonts/MyFont-Regular.ttf, italic: fonts/MyFont-Italic.ttf }");
                return null;
        }
    }

    static string FaceExample(string face) => face switch { "italic" => "Italic", "bold" => "Bold", "bold-italic" => "BoldItalic", _ => "Regular" };

    static PageSetup ReadPage(YamlNode? node, DiagnosticBag diags, Func<YamlNode, SourceSpan> at)
    {
        // A5 with margins proportioned for a small book: wider inner margin for the fold.
        double w = Length.Paper(148), h = Length.Paper(210);
        double top = Length.Mm(16), bottom = Length.Mm(20), inner = Length.Mm(18), outer = Length.Mm(14);
        if (node is null) return new PageSetup(w, h, top, bottom, inner, outer);
        if (node is YamlScalarNode s) node = new YamlMappingNode(new YamlScalarNode("size"), s);
        if (node is not YamlMappingNode m) { diags.Error(at(node), "'page' must be a mapping such as { size: A5, inner: 18mm }"); return new PageSetup(w, h, top, bottom, inner, outer); }
        foreach (var (k, v) in m.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? ""; var val = (v as YamlScalarNode)?.Value ?? "";
            if (key == "size")
            {
                switch (val.ToUpperInvariant())
                {
                    case "A5": w = Length.Paper(148); h = Length.Paper(210); break;
                    case "A4": w = Length.Paper(210); h = Length.Paper(297); break;
                    case "B5": w = Length.Paper(176); h = Length.Paper(250); break;
                    case "LETTER": w = 612; h = 792; break;
                    default: diags.Error(at(v), $"unknown page size '{val}'; use A5, A4, B5 or Letter"); break;
                }
                continue;
            }
            bool size = key is "width" or "height";
            // Margins up to 100 mm; a page from 50 mm to 1 m.
            if (!Length.TryParse(val, out var len) || (size ? len < Length.Mm(50) || len > Length.Mm(1000) : len < 0 || len > Length.Mm(100)))
            {
                diags.Error(at(v), size ? $"'{key}' must be a length from 50mm to 1000mm, such as 148mm" : $"'{key}' must be a length from 0 to 100mm, such as 18mm, 1.5cm or 12pt");
                continue;
            }
            switch (key)
            {
                case "top": top = len; break;
                case "bottom": bottom = len; break;
                case "inner": inner = len; break;
                case "outer": outer = len; break;
                case "width": w = len; break;
                case "height": h = len; break;
                default: diags.Warning(at(k), $"unknown page setting '{key}' is ignored"); break;
            }
        }
        // The margins must leave a text block a line of text fits in: at least 40 mm by 50 mm.
        if (w - inner - outer < Length.Mm(40) || h - top - bottom < Length.Mm(50))
        {
            diags.Error(at(node), string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the margins leave a text block of {(w - inner - outer) * 25.4 / 72:0} × {(h - top - bottom) * 25.4 / 72:0} mm; it must be at least 40 × 50 mm"));
            return new PageSetup(Length.Paper(148), Length.Paper(210), Length.Mm(16), Length.Mm(20), Length.Mm(18), Length.Mm(14));
        }
        return new PageSetup(w, h, top, bottom, inner, outer);
    }

}
