using System.Globalization;
using System.Text.Json;
using Groundplan.Ingest;
using Groundplan.Model.Retrieval;
using Groundplan.Recon;
using Groundplan.Retrieve;

// Usage: Tune CASES SNAPSHOTS MIRRORS OUTDIR "graph,cochange,churn[,name[,endpoint]]" ...
// Writes OUTDIR/<n>.jsonl per option set, in the predictions format score.py reads.
var cases = JsonDocument.Parse(File.ReadAllText(args[0])).RootElement.GetProperty("cases");
var snapshots = args[1];
var mirrors = args[2];
var output = args[3];
var variants = args.Skip(4).Select(a => a.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
Directory.CreateDirectory(output);
var writers = variants.Select((_, i) => new StreamWriter(Path.Combine(output, $"{i}.jsonl"))).ToArray();
var why = variants.Select((_, i) => new StreamWriter(Path.Combine(output, $"{i}.why.txt"))).ToArray();
foreach (var c in cases.EnumerateArray())
{
    var id = c.GetProperty("id").GetString()!;
    var repo = c.GetProperty("repo").GetString()!.Replace('/', '+');
    var codebase = new CodebaseLoader().Load(Path.Combine(snapshots, id));
    var recon = new ReconEngine().Run(codebase);
    for (var v = 0; v < variants.Length; v++)
    {
        var options = new RankingOptions
        {
            GraphWeight = variants[v][0],
            CoChangeWeight = variants[v][1],
            ChurnWeight = variants[v][2],
            NameWeight = variants[v].Length > 3 ? variants[v][3] : new RankingOptions().NameWeight,
            EndpointWeight = variants[v].Length > 4 ? variants[v][4] : new RankingOptions().EndpointWeight,
            HistoryRepository = Path.Combine(mirrors, repo, "repo"),
            HistoryRevision = c.GetProperty("parent").GetString()!,
        };
        var result = new Retriever(options).Rank(codebase, recon, new RetrievalRequest(c.GetProperty("request").GetString()!));
        writers[v].WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = id,
            ["ranked_files"] = result.RankedFiles.Select(f => f.Path).ToArray(),
            ["new_files"] = result.NewFiles.Select(f => f.Path).ToArray(),
        }));
        why[v].WriteLine($"== {id}");
        var rank = 0;
        foreach (var f in result.RankedFiles)
        {
            why[v].WriteLine($"{++rank,3} {f.Score,8:F3} {f.Path}  " + string.Join(" | ", f.Reasons.Select(r => $"{r.Signal} {r.Contribution:F2} {r.Detail}")));
        }
    }

    Console.Error.WriteLine(id);
}

foreach (var writer in writers.Concat(why))
{
    writer.Dispose();
}
