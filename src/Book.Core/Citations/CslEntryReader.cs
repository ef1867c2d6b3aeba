using System.Globalization;
using Book.Model;

namespace Book.Core.Citations;

/// <summary>
/// Interprets a <see cref="CslNode"/> tree as CSL items (Pandoc's conventions): the root is a list
/// of entries, or a map whose <c>references</c> key holds that list. Fields we do not use are
/// ignored; fields we use but cannot read are errors at their own line and column.
/// </summary>
public static class CslEntryReader
{
    public static IReadOnlyList<SourceEntry> Read(CslNode root, DiagnosticBag diags)
    {
        CslNode list = root;
        if (root is CslMap m)
        {
            if (m.Get("references") is not { } refs)
            {
                diags.Error(root.Span, "expected a list of sources, or a 'references:' key holding one");
                return [];
            }
            list = refs;
        }
        if (list is CslScalar { Value: "" }) return [];
        if (list is not CslList items)
        {
            diags.Error(list.Span, "expected a list of sources");
            return [];
        }
        var result = new List<SourceEntry>();
        foreach (var item in items.Items)
            if (ReadEntry(item, diags) is { } e) result.Add(e);
        return result;
    }

    static SourceEntry? ReadEntry(CslNode node, DiagnosticBag diags)
    {
        if (node is not CslMap map)
        {
            diags.Error(node.Span, "a source must be a mapping of fields (id, type, title, …)");
            return null;
        }
        var r = new FieldReader(map, diags);
        var id = r.Text("id");
        var type = r.Text("type");
        if (id is null)
        {
            diags.Error(map.Span, "source has no 'id'");
            return null;
        }
        if (type is null)
        {
            diags.Error(map.Span, $"source '{id}' has no 'type'");
            return null;
        }
        if (!KnownTypes.Contains(type))
            diags.Warning(map.Get("type")!.Span, $"source '{id}' has type '{type}', which the citation style does not know; it is formatted like a web page");
        return new SourceEntry(id, type)
        {
            Title = r.Text("title"),
            TitleShort = r.Text("title-short") ?? r.Text("shortTitle"),
            ContainerTitle = r.Text("container-title"),
            Authors = r.Names("author"),
            Editors = r.Names("editor"),
            Issued = r.Date("issued"),
            Accessed = r.Date("accessed"),
            Url = r.Text("URL") ?? r.Text("url"),
            Page = r.Text("page"),
            Publisher = r.Text("publisher"),
            PublisherPlace = r.Text("publisher-place"),
            Volume = r.Text("volume"),
            Issue = r.Text("issue"),
            Number = r.Text("number"),
            Authority = r.Text("authority"),
            Note = r.Text("note"),
            Span = map.Span,
        };
    }

    /// <summary>The CSL types <see cref="ChicagoNotesStyle"/> formats specifically.</summary>
    public static readonly IReadOnlySet<string> KnownTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "article-newspaper", "article-magazine", "article-journal", "webpage", "post-weblog",
        "book", "chapter", "report", "legal_case",
    };

    sealed class FieldReader(CslMap map, DiagnosticBag diags)
    {
        public string? Text(string key)
        {
            var n = map.Get(key);
            if (n is null) return null;
            if (n is CslScalar s) return string.IsNullOrWhiteSpace(s.Value) ? null : s.Value.Trim();
            diags.Error(n.Span, $"'{key}' must be text, not a {Describe(n)}");
            return null;
        }

        public IReadOnlyList<PersonName> Names(string key)
        {
            var n = map.Get(key);
            if (n is null || n is CslScalar { Value: "" }) return [];
            if (n is not CslList list)
            {
                diags.Error(n.Span, $"'{key}' must be a list of names ({{family, given}} or {{literal}}), not a {Describe(n)}");
                return [];
            }
            var names = new List<PersonName>();
            foreach (var item in list.Items)
            {
                if (item is not CslMap nm)
                {
                    diags.Error(item.Span, $"each '{key}' must be a mapping with 'family' and 'given', or 'literal'");
                    continue;
                }
                var f = new FieldReader(nm, diags);
                var name = new PersonName(f.Text("family"), f.Text("given"), f.Text("literal"),
                    f.Text("dropping-particle"), f.Text("non-dropping-particle"), f.Text("suffix"));
                if (name.Family is null && name.Given is null && name.Literal is null)
                {
                    diags.Error(item.Span, $"'{key}' entry has neither 'family', 'given' nor 'literal'");
                    continue;
                }
                names.Add(name);
            }
            return names;
        }

        public CslDate? Date(string key)
        {
            var n = map.Get(key);
            switch (n)
            {
                case null:
                case CslScalar { Value: "" }:
                    return null;
                case CslScalar s:
                    return ParseDateString(s, key);
                case CslMap dm:
                    if (dm.Get("date-parts") is { } parts) return DateParts(parts, key);
                    var f = new FieldReader(dm, diags);
                    if (f.Text("literal") is { } lit) return new CslDate(null, null, null, lit);
                    if (dm.Get("raw") is CslScalar raw) return ParseDateString(raw, key);
                    diags.Error(dm.Span, $"'{key}' needs 'date-parts', 'literal' or 'raw'");
                    return null;
                default:
                    diags.Error(n.Span, $"'{key}' must be a date (\"2024-02-23\", date-parts or literal), not a list");
                    return null;
            }
        }

        CslDate? DateParts(CslNode parts, string key)
        {
            // date-parts: [[2024, 2, 23]] or, for a range, [[2024, 2, 23], [2024, 2, 25]].
            if (parts is not CslList { Items.Count: >= 1 } outer || outer.Items.Any(p => p is not CslList))
            {
                diags.Error(parts.Span, $"'{key}' date-parts must be a list of lists, like [[2024, 2, 23]]");
                return null;
            }
            var dates = new List<CslDate>();
            foreach (CslList p in outer.Items)
            {
                var nums = new List<int>();
                foreach (var v in p.Items)
                {
                    if (v is CslScalar s && int.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var k))
                        nums.Add(k);
                    else
                    {
                        diags.Error(v.Span, $"'{key}' date part must be a whole number");
                        return null;
                    }
                }
                if (nums.Count is < 1 or > 3)
                {
                    diags.Error(p.Span, $"'{key}' date part list must hold a year, and optionally a month and day");
                    return null;
                }
                if (Validate(nums, p.Span, key) is not { } d) return null;
                dates.Add(d);
            }
            return dates.Count > 1 ? dates[0] with { End = dates[1] } : dates[0];
        }

        CslDate? ParseDateString(CslScalar s, string key)
        {
            // EDTF-ish: YYYY, YYYY-MM, YYYY-MM-DD, and a range written with '/'.
            var halves = s.Value.Trim().Split('/');
            if (halves.Length > 2) return Bad();
            var dates = new List<CslDate>();
            foreach (var h in halves)
            {
                var bits = h.Split('-');
                if (bits.Length > 3 || bits[0].Length != 4) return Bad();
                var nums = new List<int>();
                foreach (var b in bits)
                {
                    if (b.Length == 0 || !b.All(char.IsAsciiDigit)) return Bad();
                    nums.Add(int.Parse(b, CultureInfo.InvariantCulture));
                }
                if (Validate(nums, s.Span, key) is not { } d) return null;
                dates.Add(d);
            }
            return dates.Count > 1 ? dates[0] with { End = dates[1] } : dates[0];

            CslDate? Bad()
            {
                diags.Error(s.Span, $"cannot read '{key}' date '{s.Value}': write 2024-02-23, 2024-02 or 2024, or use literal:");
                return null;
            }
        }

        CslDate? Validate(List<int> nums, SourceSpan span, string key)
        {
            int? month = nums.Count > 1 ? nums[1] : null, day = nums.Count > 2 ? nums[2] : null;
            if (month is < 1 or > 12 || (day is not null && (day < 1 || day > DateTime.DaysInMonth(Math.Clamp(nums[0], 1, 9999), month!.Value))))
            {
                diags.Error(span, $"'{key}' is not a real date: {string.Join("-", nums.Select(n => n.ToString(CultureInfo.InvariantCulture)))}");
                return null;
            }
            return new CslDate(nums[0], month, day);
        }

        static string Describe(CslNode n) => n switch { CslList => "list", CslMap => "mapping", _ => "value" };
    }
}
