// BenchmarkDotNet micro-benchmarks for the hot paths of a build: shaping, hyphenation, line
// breaking, page building, deflate and PDF writing. The end-to-end benchmark (fresh
// processes, wall time, peak memory) is bench/Book.Bench.
//
//     dotnet run -c Release --project bench/Book.Bench.HotPaths -- --filter '*'
//     dotnet run -c Release --project bench/Book.Bench.HotPaths -- --filter '*LineBreaking*' --job short

using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Book.Bench.HotPaths.Corpus).Assembly).Run(args);
