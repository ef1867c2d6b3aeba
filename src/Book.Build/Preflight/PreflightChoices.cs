using YamlDotNet.RepresentationModel;

namespace Book.Build.Preflight;

/// <summary>
/// What book.yaml says on purpose that would otherwise be a finding: <c>editors: none</c> (the book
/// names no editor, deliberately) and <c>print: { blank-pages: allowed }</c> (the print edition may
/// pad the last sheet with blank pages). Read here, where they matter; the manifest reader accepts them.
/// </summary>
sealed record PreflightChoices(bool NoEditors, bool BlankPagesAllowed, (int Line, int Column)? EditorsAt)
{
    public static PreflightChoices Read(string yaml, string file)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return new(false, false, null);
            bool none = false, blanks = false; (int, int)? at = null;
            foreach (var (k, v) in root.Children)
            {
                var key = (k as YamlScalarNode)?.Value;
                if (key is "editors" or "author" or "authors")
                {
                    at = ((int)k.Start.Line, (int)k.Start.Column);
                    none |= v is YamlScalarNode { Value: "none" };
                }
                if (key == "print" && v is YamlMappingNode print)
                    blanks = print.Children.Any(p => (p.Key as YamlScalarNode)?.Value == "blank-pages" && (p.Value as YamlScalarNode)?.Value == "allowed");
            }
            return new(none, blanks, at);
        }
        catch (YamlDotNet.Core.YamlException)
        {
            // The build has read this file already; a file it could read is never here.
            return new(false, false, null);
        }
    }
}
