using System.Globalization;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace Book.Synthetic;

/// <summary>
/// The synthetic book of N pages with P photographs: generated JPEGs (soft gradients under a
/// fine grain, as a scanned photograph compresses) placed as numbered figures between body
/// paragraphs, evenly through the chapters, a third of them cross-referenced from the text.
/// The same N and P always give the same files.
/// </summary>
public static class PhotoBook
{
    public const int PhotoWidth = 1600, PhotoHeight = 1200;

    public static void Write(string dir, int pages, int photos)
    {
        SyntheticBook.Write(dir, pages);
        var images = Path.Combine(dir, "images");
        Directory.CreateDirectory(images);
        Parallel.For(1, photos + 1, i => WritePhoto(Path.Combine(images, Name(i)), i));

        var chapters = Directory.GetFiles(dir, "ch*.md").Order(StringComparer.Ordinal).ToList();
        // Body paragraphs of every chapter, in reading order: the places a figure may stand before.
        var texts = chapters.Select(f => File.ReadAllText(f).Split("\n\n").ToList()).ToList();
        var slots = new List<(int Chapter, int Paragraph)>();
        for (int c = 0; c < texts.Count; c++)
            for (int p = 1; p < texts[c].Count; p++)
                if (texts[c][p].Length > 0 && char.IsLetter(texts[c][p][0]) && !texts[c][p - 1].StartsWith('#')) slots.Add((c, p));
        var chosen = Enumerable.Range(0, photos).Select(i => slots[(int)((i + 0.5) * slots.Count / photos)]).ToList();
        // Inserted from the end, so earlier paragraph numbers still hold.
        for (int i = photos - 1; i >= 0; i--)
        {
            var (c, p) = chosen[i];
            int n = i + 1;
            string reference = n % 3 == 0 ? $" (see @fig:photo{n})" : "";
            texts[c][p] = texts[c][p].TrimEnd('.') + reference + ".";
            texts[c].Insert(p, $"![Photograph {n}: a winter road near the town, as the survivors described it.](images/{Name(n)}){{#fig:photo{n} width=80%}}");
        }
        for (int c = 0; c < chapters.Count; c++) File.WriteAllText(chapters[c], string.Join("\n\n", texts[c]), new UTF8Encoding(false));
    }

    static string Name(int i) => $"photo-{i.ToString("D3", CultureInfo.InvariantCulture)}.jpg";

    static void WritePhoto(string path, int seed)
    {
        using var image = new Image<Rgb24>(PhotoWidth, PhotoHeight);
        var rng = new Rng((ulong)seed * 2654435761UL + 17);
        double fx = 1 + rng.NextDouble() * 3, fy = 1 + rng.NextDouble() * 3, phase = rng.NextDouble() * 6.28;
        image.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < PhotoHeight; y++)
            {
                var row = rows.GetRowSpan(y);
                for (int x = 0; x < PhotoWidth; x++)
                {
                    double u = (double)x / PhotoWidth, v = (double)y / PhotoHeight;
                    double light = 0.5 + 0.35 * Math.Sin(fx * u * 6.28 + phase) * Math.Cos(fy * v * 6.28);
                    int grain = (int)(rng.Next(0, 17)) - 8;
                    byte Channel(double tint) => (byte)Math.Clamp((int)(255 * light * tint) + grain, 0, 255);
                    row[x] = new Rgb24(Channel(1.0), Channel(0.93), Channel(0.85));
                }
            }
        });
        image.Save(path, new JpegEncoder { Quality = 85 });
    }
}
