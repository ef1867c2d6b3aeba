// Line-breaking and hyphenation throughput benchmark (a console program, not a test).
//
// Run from the repository root, always in Release:
//
//     dotnet run -c Release --project bench/Book.Bench.LineBreaking
//     dotnet run -c Release --project bench/Book.Bench.LineBreaking -- 5     # seconds per measurement (default 2)
//
// It builds deterministic English-like paragraphs (Zipf-skewed vocabulary, 10 pt per-character
// widths, hyphenated with the TeX US-English patterns), then reports:
//   - words hyphenated per second (Hyphenator.GetBreaks on a large word list),
//   - lines set per second (LineBreaker.Break on a realistic mix of paragraph lengths at an A5
//     text measure of 312 pt, plus a narrow 200 pt column that needs the hyphenation pass),
//   - the time for one 20,000-word paragraph.
// Numbers depend on the machine; compare runs on the same one.

using System.Diagnostics;
using System.Globalization;
using Book.Bench.LineBreaking;
using Book.Layout.Text;

// Output is formatted the same on every machine.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
double seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 2;
var hyphenator = Hyphenator.ForLanguage("en-US");
var rng = new Random(1992);

Console.WriteLine($"Book.Bench.LineBreaking — {seconds} s per measurement, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

// Hyphenation.
var corpus = SyntheticText.Words(200_000, rng);
var positions = new int[64];
long words = 0, breaks = 0;
var clock = Stopwatch.StartNew();
while (clock.Elapsed.TotalSeconds < seconds)
{
    foreach (var w in corpus) breaks += hyphenator.GetBreaks(w, positions);
    words += corpus.Count;
}
double hyphenRate = words / clock.Elapsed.TotalSeconds;
Report("hyphenation", $"{hyphenRate:N0} words/s ({(double)breaks / words:F2} breaks per word)");

// Line breaking on a mix of paragraph lengths, as in a book: mostly 40–200 words, a few long.
var paragraphs = new List<Item[]>();
var scratch = new List<Item>();
int paragraphWords = 0;
for (int p = 0; p < 400; p++)
{
    int n = p % 50 == 0 ? 1500 : rng.Next(40, 200);
    SyntheticText.Build(SyntheticText.Words(n, rng), hyphenator, scratch);
    paragraphs.Add(scratch.ToArray());
    paragraphWords += n;
}
foreach (double measure in new[] { 312.0, 200.0 })
{
    var options = new BreakOptions { EmergencyStretch = 0.1 * measure };
    long lines = 0, overfull = 0, sets = 0;
    var passes = new int[4];
    clock.Restart();
    while (clock.Elapsed.TotalSeconds < seconds)
    {
        foreach (var items in paragraphs)
        {
            var result = LineBreaker.Break(items, measure, options);
            lines += result.LineCount;
            passes[result.Pass]++;
            if (result.HasOverfull) overfull++;
        }
        sets++;
    }
    double elapsed = clock.Elapsed.TotalSeconds;
    Report($"lines at {measure} pt", $"{lines / elapsed:N0} lines/s, {paragraphWords * sets / elapsed:N0} words/s " +
        $"(passes 1/2/3: {passes[1]}/{passes[2]}/{passes[3]}, paragraphs with overfull lines: {overfull})");
}

// One very long paragraph, including building its items (hyphenation) once.
var huge = SyntheticText.Words(20_000, rng);
clock.Restart();
int hyphenatedWords = SyntheticText.Build(huge, hyphenator, scratch);
var build = clock.Elapsed;
clock.Restart();
var big = LineBreaker.Break(scratch.ToArray(), 312.0);
Report("20,000-word paragraph", $"{big.LineCount:N0} lines in {clock.Elapsed.TotalMilliseconds:F1} ms " +
    $"(items built and {hyphenatedWords:N0} words hyphenated in {build.TotalMilliseconds:F1} ms)");

static void Report(string what, string value) => Console.WriteLine($"{what,-24} {value}");
