using System.Text;
using Book.Core.Citations;
using Book.Model;

namespace Book.Tests.Citations;
// Book.Tests.Text (the line-breaking tests) would otherwise hide the model's Text record.
using Text = Book.Model.Text;

/// <summary>Shared fixtures: three sources as CSL-YAML and CSL-JSON, and a readable rendering of inlines.</summary>
static class CitationTestData
{
    public const string Yaml = """
        references:
        - id: trtworld-2024
          type: webpage
          title: "In photos: Commemorating Khojaly massacre, pursuing justice 32 years on"
          publisher: TRT World
          issued: 2024-02-23
          URL: https://www.trtworld.com/magazine/in-photos-17084016
          accessed: 2025-03-01
        - id: erdogan-2024
          type: article-newspaper
          title: "Remembering Khojaly Massacre: A tragic chapter in Azerbaijani history"
          author:
            - family: Erdogan
              given: Koray
          issued:
            date-parts: [[2024, 2, 26]]
          note: "Source: Newsroom"
          custom-field: ignored
        - id: dailysabah-2024
          type: article-newspaper
          title: Azerbaijan marks anniversary of Khojaly Massacre by Armenian forces
          container-title: Daily Sabah
          issued: {date-parts: [[2024, 2, 26]]}
          URL: https://www.dailysabah.com/politics/azerbaijan-marks-anniversary/news
        """;

    public const string Json = """
        [
          {
            "id": "trtworld-2024",
            "type": "webpage",
            "title": "In photos: Commemorating Khojaly massacre, pursuing justice 32 years on",
            "publisher": "TRT World",
            "issued": {"date-parts": [[2024, 2, 23]]},
            "URL": "https://www.trtworld.com/magazine/in-photos-17084016",
            "accessed": {"date-parts": [["2025", "3", "1"]]}
          },
          {
            "id": "erdogan-2024",
            "type": "article-newspaper",
            "title": "Remembering Khojaly Massacre: A tragic chapter in Azerbaijani history",
            "author": [{"family": "Erdogan", "given": "Koray"}],
            "issued": "2024-02-26",
            "note": "Source: Newsroom",
            "custom-field": {"anything": [1, 2]}
          },
          {
            "id": "dailysabah-2024",
            "type": "article-newspaper",
            "title": "Azerbaijan marks anniversary of Khojaly Massacre by Armenian forces",
            "container-title": "Daily Sabah",
            "issued": {"date-parts": [[2024, 2, 26]]},
            "URL": "https://www.dailysabah.com/politics/azerbaijan-marks-anniversary/news"
          }
        ]
        """;

    public static Bibliography Sources()
    {
        var diags = new Book.Model.DiagnosticBag();
        var bib = Bibliography.FromYaml(Yaml, "sources.yaml", diags);
        Assert.Empty(diags.Items);
        return bib;
    }

    /// <summary>Text with *italics* and &lt;links&gt;, and [n] for note marks, so expectations read like the output.</summary>
    public static string Render(IEnumerable<Inline> inlines)
    {
        var sb = new StringBuilder();
        foreach (var i in inlines)
        {
            switch (i)
            {
                case Text t: sb.Append(t.Value); break;
                case Emphasis e: sb.Append('*').Append(Render(e.Content)).Append('*'); break;
                case Link l:
                    Assert.Equal(l.Target, Render(l.Content));
                    sb.Append('<').Append(l.Target).Append('>');
                    break;
                case NoteRef r: sb.Append('[').Append(r.Number).Append(']'); break;
                case Citation c: sb.Append("{citation}"); break;
                default: sb.Append('{').Append(i.GetType().Name).Append('}'); break;
            }
        }
        return sb.ToString();
    }
}
