using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace Book.Tests.Covers;

/// <summary>The cover test books, each built once for the tests that read it.</summary>
static class CoverProjects
{
    public const string Title = "The Quiet River";
    public const string BackText = "A short book about a quiet river";

    /// <summary>Enough chapters that the interior is not a whole number of booklet sheets: the booklet pads it.</summary>
    static IEnumerable<KeyValuePair<string, string>> Chapters()
    {
        for (int i = 1; i <= 3; i++)
            yield return new($"ch{i}.md", $"# Chapter {i}\n\nThe river ran on past the mill in chapter {i}, quiet as ever.\n");
    }

    const string Meta = """
        title: "The Quiet River"
        subtitle: "Notes from a valley"
        editors: ["Ada Example"]
        date: 2026-02-26
        edition: "First edition"
        chapters: [ch1.md, ch2.md, ch3.md]

        """;

    /// <summary>A typographic front and a back cover written in book.yaml; self-cover booklet.</summary>
    public static readonly Lazy<TempProject> Typographic = new(() =>
    {
        var p = TempProject.Create(Chapters(), slug: "the-quiet-river", prefix: "covers-type");
        p.Write("book.yaml", Meta + """
            cover:
              front: typographic
              back: |
                A short book about a *quiet* river, its valley and the people who lived beside it.
            """);
        var r = p.Build("pdf,print,print-trim,epub");
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
        return p;
    });

    /// <summary>A front picture under the title, a grey background, back text from a file; perfect binding with a separate cover.</summary>
    public static readonly Lazy<TempProject> Pictured = new(() =>
    {
        var p = TempProject.Create(Chapters(), slug: "the-quiet-river", prefix: "covers-pic");
        p.WriteBytes("art/front.jpg", Jpeg(240, 330));
        p.Write("back.md", "A short book about a *quiet* river, its valley and the people who lived beside it.\n");
        p.Write("book.yaml", Meta + """
            cover:
              front: { image: art/front.jpg, text: true }
              background: 0.2
              back: back.md
            binding: { method: perfect }
            paper: { caliper: 0.1mm }
            """);
        var r = p.Build("pdf,print,print-trim,epub");
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
        return p;
    });

    /// <summary>A small generated photograph-like JPEG: a gradient, so its pixels are not all one colour.</summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (int x = 0; x < width; x++) row[x] = new Rgb24((byte)(40 + x * 150 / width), (byte)(60 + y * 120 / height), 90);
            }
        });
        using var ms = new MemoryStream();
        image.Save(ms, new JpegEncoder { Quality = 85 });
        return ms.ToArray();
    }

    public static string File(this TempProject p, string suffix) => Path.Combine(p.Out, p.Slug + suffix);
}
