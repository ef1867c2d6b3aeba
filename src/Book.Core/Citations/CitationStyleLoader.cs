using Book.Core.Sources;
using Book.Csl;
using Book.Model;

namespace Book.Core.Citations;

/// <summary>
/// The book's citation style: <c>csl:</c> in book.yaml names a built-in style ("apa") or a
/// <c>.csl</c> file in the project; without it, Chicago notes and bibliography. A name that is
/// neither is an error that lists the built-in ones; a malformed file an error at its line.
/// </summary>
public static class CitationStyleLoader
{
    public const string DefaultStyle = "chicago-notes-bibliography";

    /// <summary>Names people use for the shipped styles.</summary>
    static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["chicago"] = DefaultStyle,
        ["chicago-notes"] = DefaultStyle,
        ["mla"] = "modern-language-association",
        ["harvard"] = "harvard-cite-them-right",
    };

    /// <summary>The style, or the default one after an error has been reported.</summary>
    public static CslStyle Load(ProjectFiles files, NamedSetting? setting, DiagnosticBag diags)
    {
        if (setting is null) return BuiltInStyles.Get(DefaultStyle);
        var name = setting.Name.Trim();
        if (name.EndsWith(".csl", StringComparison.OrdinalIgnoreCase))
        {
            var text = files.ReadText(name, setting.Span, diags);
            if (text is null) return BuiltInStyles.Get(DefaultStyle);
            try
            {
                return CslStyle.Parse(text, files.Display(name));
            }
            catch (CslException e)
            {
                diags.Error(new SourceSpan(e.File, e.Line, e.Column), e.Reason);
                return BuiltInStyles.Get(DefaultStyle);
            }
        }
        var builtIn = Aliases.GetValueOrDefault(name, name);
        if (BuiltInStyles.TryGet(builtIn, out var found)) return found;
        var near = DidYouMean.Closest(name, BuiltInStyles.Names.Concat(Aliases.Keys), ignoreCase: true);
        diags.Error(setting.Span, $"unknown citation style '{name}'" + (near is null ? "" : $" (did you mean '{near}'?)")
            + $"; built-in: {string.Join(", ", BuiltInStyles.Names)}; or give a .csl file in the project");
        return BuiltInStyles.Get(DefaultStyle);
    }
}
