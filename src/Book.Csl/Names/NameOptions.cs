namespace Book.Csl;

/// <summary>The name attributes in force for one &lt;name&gt;: its own, else inherited from
/// citation/bibliography, else from style.</summary>
sealed class NameOptions
{
    readonly El? _name;
    readonly El _mode;
    readonly El _style;

    public NameOptions(El? name, El mode, El style) { _name = name; _mode = mode; _style = style; }

    static readonly Dictionary<string, string> Inherited = new()
    {
        ["form"] = "name-form", ["delimiter"] = "name-delimiter",
    };

    public string? Get(string attr)
    {
        if (_name?[attr] is { } v) return v;
        var inherited = Inherited.TryGetValue(attr, out var alias) ? alias : attr;
        return _mode[inherited] ?? _style[inherited];
    }

    public string Form => Get("form") ?? "long";
    public string Delimiter => Get("delimiter") ?? ", ";
    public string? And => Get("and");
    public string SortSeparator => Get("sort-separator") ?? ", ";
    public string? InitializeWith => Get("initialize-with");
    public bool Initialize => Get("initialize") != "false";
    public string? NameAsSortOrder => Get("name-as-sort-order");
    public string DelimiterPrecedesLast => Get("delimiter-precedes-last") ?? "contextual";
    public string DelimiterPrecedesEtAl => Get("delimiter-precedes-et-al") ?? "contextual";
    public int? Int(string attr) => int.TryParse(Get(attr), out var n) ? n : null;
    public bool EtAlUseLast => Get("et-al-use-last") == "true";
    public El? Element => _name;
}
