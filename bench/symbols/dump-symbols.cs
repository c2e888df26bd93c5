// Prints the symbols Groundplan's recon indexers find under a folder, one per line: path<TAB>line<TAB>name<TAB>kind.
// Also writes the list of indexed files to the second argument, so ctags reads exactly the same files.
#:project ../../src/Groundplan/Groundplan.csproj
#:property TreatWarningsAsErrors=false
#:property PublishAot=false
using Groundplan.Ingest;
using Groundplan.Recon;

string[] extensions = [".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts", ".py"];
var codebase = new CodebaseLoader().Load(args[0]);
var watch = System.Diagnostics.Stopwatch.StartNew();
var report = new ReconEngine([]).Run(codebase);
Console.Error.WriteLine($"indexed {codebase.Files.Count} files in {watch.ElapsedMilliseconds} ms; {report.Diagnostics.Count} diagnostics");
foreach (var d in report.Diagnostics)
{
    Console.Error.WriteLine(d);
}

File.WriteAllLines(args[1], codebase.Files.Select(f => f.Path).Where(p => extensions.Any(e => p.EndsWith(e, StringComparison.Ordinal))));
foreach (var s in report.Symbols)
{
    Console.WriteLine($"{s.Path}\t{s.StartLine}\t{s.Name}\t{s.Kind}\t{s.Container}");
}
