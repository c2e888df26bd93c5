// Times Groundplan's o200k_base counter over the files named in a list, the way bench.mjs times gpt-tokenizer.
//   TokenizerBench <file list> <per-file counts out> [--threads N]
// Files are decoded as UTF-8 without dropping a byte-order mark, as node's readFileSync(path, 'utf8') does.
// Reports wall-clock and CPU-time throughput: on a busy machine the CPU figure is the steadier one.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Groundplan.Tokens;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: TokenizerBench <file list> <per-file counts out> [--threads N]");
    return 2;
}

var threads = args.Length >= 4 && args[2] == "--threads" ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
var paths = File.ReadAllLines(args[0]).Where(p => p.Length > 0).ToArray();
var texts = new string[paths.Length];
long bytes = 0;
for (var i = 0; i < paths.Length; i++)
{
    var raw = File.ReadAllBytes(paths[i]);
    bytes += raw.Length;
    texts[i] = Encoding.UTF8.GetString(raw);
}

var loading = Stopwatch.StartNew();
var counter = TokenCounters.O200k;
counter.CountTokens("warm up the table");
loading.Stop();

var counts = new int[texts.Length];
var process = Process.GetCurrentProcess();
var cpuBefore = process.TotalProcessorTime;
var timer = Stopwatch.StartNew();
if (threads == 1)
{
    for (var i = 0; i < texts.Length; i++)
    {
        counts[i] = counter.CountTokens(texts[i]);
    }
}
else
{
    Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => counts[i] = counter.CountTokens(texts[i]));
}

timer.Stop();
process.Refresh();
var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
File.WriteAllLines(args[1], counts.Select(c => c.ToString(CultureInfo.InvariantCulture)));
var seconds = timer.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"groundplan threads={threads} files={texts.Length} bytes={bytes} tokens={counts.Sum(c => (long)c)} load_ms={loading.Elapsed.TotalMilliseconds:F0} seconds={seconds:F3} cpu_seconds={cpuSeconds:F3} mb_per_s={bytes / 1e6 / seconds:F1} cpu_mb_per_s={bytes / 1e6 / cpuSeconds:F1}"));
return 0;
