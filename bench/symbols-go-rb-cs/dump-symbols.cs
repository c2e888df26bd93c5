#:project ../../src/Groundplan/Groundplan.csproj
#:property PublishAot=false
// Prints every symbol Groundplan's recon finds under a directory, one per line: path<TAB>line<TAB>kind<TAB>name<TAB>container<TAB>end line.
using Groundplan.Ingest;
using Groundplan.Recon;

var codebase = new CodebaseLoader().Load(args[0]);
var report = new ReconEngine([]).Run(codebase);
using var output = new StreamWriter(Console.OpenStandardOutput());
foreach (var s in report.Symbols)
{
    output.WriteLine($"{s.Path}\t{s.StartLine}\t{s.Kind}\t{s.Name}\t{s.Container}\t{s.EndLine}");
}

foreach (var d in report.Diagnostics)
{
    Console.Error.WriteLine(d);
}
