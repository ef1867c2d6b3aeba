namespace Book.Csl;

sealed partial class Renderer
{
    Out? Number(El e, Ctx c)
    {
        var v = e["variable"];
        if (v is null) return null;
        var s = Variable(v, "long", c);
        if (s is null) return null;
        var form = e["form"] ?? "numeric";
        var gender = _loc.Gender(v == "locator" ? c.Label : v);
        // A value cs:number cannot read as numbers is printed as plain text, markup and all (citeproc-js).
        Out o = Out.Leaf(Numbers.IsNumeric(s) ? Numbers.FormatAll(s, form, _loc, gender) : s);
        if (v == "locator") o.Tag = "locator";
        return Format(o, e);
    }

    Out? Label(El e, Ctx c)
    {
        var v = e["variable"];
        if (v is null) return null;
        var value = RawVariable(v, "long", c);
        if (value is null || c.Suppressed.Contains(v)) return null;
        var termName = v == "locator" ? c.Label : v;
        bool plural = (e["plural"] ?? "contextual") switch
        {
            "always" => true,
            "never" => false,
            _ => v is "number-of-pages" or "number-of-volumes"
                ? int.TryParse(value, out var n) && n > 1
                : Numbers.IsPlural(value),
        };
        var s = _loc.Term(termName, e["form"] ?? "long", plural);
        if (string.IsNullOrEmpty(s)) return null;
        return Format(Out.Leaf(s), e);
    }
}
