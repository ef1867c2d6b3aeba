using System.Text.Json;

namespace Book.Tests.Typesetting;

/// <summary>A note's mark links to the note, and the note's number links back to the mark.</summary>
public sealed class NoteLinkTests
{
    [Fact]
    public void Mark_and_note_are_linked_both_ways()
    {
        var dir = TestProjects.Write("Links", ("one.md", "# One\n\nA sentence with a note.[^a]\n\n[^a]: The note.\n"));
        var pdf = TestProjects.Build(dir, "links");
        var r = PdfProbe.Run("qpdf", "--json", pdf);
        Assert.Equal(0, r.ExitCode);
        var objects = JsonDocument.Parse(r.StdOut).RootElement.GetProperty("qpdf")[1];
        var links = new List<(string Dest, double Bottom)>();
        var dests = new HashSet<string>();
        foreach (var o in objects.EnumerateObject())
        {
            if (!o.Value.TryGetProperty("value", out var v) || v.ValueKind != JsonValueKind.Object) continue;
            if (v.TryGetProperty("/Subtype", out var st) && st.GetString() == "/Link" && v.TryGetProperty("/Dest", out var d) && d.ValueKind == JsonValueKind.String)
                links.Add((d.GetString()!, v.GetProperty("/Rect")[1].GetDouble()));
            if (v.TryGetProperty("/Names", out var names) && names.ValueKind == JsonValueKind.Array)
                foreach (var n in names.EnumerateArray()) if (n.ValueKind == JsonValueKind.String) dests.Add(n.GetString()!);
        }
        var toNote = Assert.Single(links, l => l.Dest.Contains("note:"));
        var toMark = Assert.Single(links, l => l.Dest.Contains("mark:"));
        Assert.True(toNote.Bottom > toMark.Bottom, "the mark sits in the text above the note at the foot");
        Assert.Contains(toNote.Dest, dests);
        Assert.Contains(toMark.Dest, dests);
    }
}
