// The end-to-end benchmark of `book` (issue 11). Run from the repository, in Release:
//
//     dotnet run -c Release --project bench/Book.Bench -- run                      # booklet + 100, 1,000, 5,000 pages
//     dotnet run -c Release --project bench/Book.Bench -- run --pages 1000 --runs 5 --markdown
//     dotnet run -c Release --project bench/Book.Bench -- run --threads 1          # DOTNET_PROCESSOR_COUNT for the builds
//     dotnet run -c Release --project bench/Book.Bench -- generate 1000 /tmp/synthetic-1000
//     dotnet run -c Release --project bench/Book.Bench -- generate 300 /tmp/photos-300 --photos 100
//     dotnet run -c Release --project bench/Book.Bench -- run --pages 300 --photos 100   # the same book, with 100 photographs
//     dotnet run -c Release --project bench/Book.Bench -- pathological [--cli book.dll] [--case NAME] [--timeout 120]
//     dotnet run -c Release --project bench/Book.Bench -- citations [--runs 3] [--only booklet|large]   # the citation stage in-process
//
// `run` publishes src/Book.Cli (Release, ReadyToRun) to the work folder (default
// bench/Book.Bench/bin/work, or --cli to use a built book.dll), writes the synthetic books, and
// builds each in a fresh process: wall time, CPU time, pages per second, peak working set,
// PDF size and the CLI's own stage times (BOOK_TIMINGS=1). Figures depend on the machine and
// on what else it is doing; compare runs on the same quiet machine.

using System.Globalization;
using Book.Bench;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

if (args.Length >= 3 && args[0] == "generate")
{
    int n = int.Parse(args[1], CultureInfo.InvariantCulture);
    if (args.Length >= 5 && args[3] == "--photos")
    {
        int photos = int.Parse(args[4], CultureInfo.InvariantCulture);
        PhotoBook.Write(args[2], n, photos);
        Console.WriteLine($"wrote a synthetic book of about {n} pages with {photos} photographs to {args[2]}");
        return 0;
    }
    SyntheticBook.Write(args[2], n);
    Console.WriteLine($"wrote a synthetic book of about {n} pages to {args[2]}");
    return 0;
}
if (args.Length >= 1 && args[0] == "run")
{
    int[] pages = [100, 1000, 5000];
    int runs = 3;
    string? cli = null, threads = null, work = null;
    bool markdown = false;
    int photos = 0;
    for (int i = 1; i < args.Length; i++)
    {
        string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
        switch (args[i])
        {
            case "--pages": pages = Next().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(); break;
            case "--runs": runs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--cli": cli = Path.GetFullPath(Next()); break;
            case "--threads": threads = Next(); break;
            case "--work": work = Path.GetFullPath(Next()); break;
            case "--markdown": markdown = true; break;
            case "--photos": photos = int.Parse(Next(), CultureInfo.InvariantCulture); break;
            default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
        }
    }
    work ??= Path.Combine(Runner.RepoRoot(), "bench", "Book.Bench", "bin", "work");
    return Runner.Run(new Runner.Options(pages, Math.Max(1, runs), cli, work, threads, markdown, photos));
}
if (args.Length >= 1 && args[0] == "pathological")
{
    // cmark's pathological Markdown and book's own, at n and 10n: time, growth, and how each ended.
    string? cli = null, only = null, work = null;
    int timeout = 120;
    for (int i = 1; i < args.Length; i++)
    {
        string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
        switch (args[i])
        {
            case "--cli": cli = Path.GetFullPath(Next()); break;
            case "--case": only = Next(); break;
            case "--timeout": timeout = int.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--work": work = Path.GetFullPath(Next()); break;
            default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
        }
    }
    work ??= Path.Combine(Runner.RepoRoot(), "bench", "Book.Bench", "bin", "work");
    return PathologicalRun.Run(cli, work, only, timeout);
}
if (args.Length >= 1 && args[0] == "citations")
{
    // The citation stage in-process: the booklet's shape and 10,000 sources.
    int citeRuns = 3;
    string? only = null;
    for (int i = 1; i + 1 < args.Length; i += 2)
        if (args[i] == "--runs") citeRuns = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        else if (args[i] == "--only") only = args[i + 1];
    return CitationsRun.Run(Math.Max(1, citeRuns), only);
}
if (args.Length >= 1 && args[0] == "watch")
{
    // book watch on a copy of the booklet: the rebuild time after one-paragraph edits.
    string? watchCli = args.Length >= 3 && args[1] == "--cli" ? Path.GetFullPath(args[2]) : null;
    return Book.Bench.WatchRun.Run(watchCli, 5);
}
Console.Error.WriteLine("usage: Book.Bench run [--pages 100,1000,5000] [--runs 3] [--cli book.dll] [--threads N] [--work DIR] [--markdown] [--photos P]\n       Book.Bench watch [--cli book.dll]\n       Book.Bench citations [--runs 3] [--only booklet|large]\n       Book.Bench pathological [--cli book.dll] [--case NAME] [--timeout 120]\n       Book.Bench generate N DIR [--photos P]");
return 2;
