using System.Text.Encodings.Web;
using System.Text.Json;
using Groundplan.Model;
using Groundplan.Packing;

namespace Groundplan.Cli.Commands;

/// <summary>Prints what <c>groundplan pack</c> did: counts, the biggest files, secret findings, skipped files.</summary>
internal static class PackSummaryPrinter
{
    private const int TopFiles = 5;

    public static void Print(PackResult result, PackSettings settings, string? output, TextWriter writer, bool verbose)
    {
        if (settings.Json)
        {
            writer.WriteLine(ToJson(result, settings, output));
            return;
        }

        var codebase = result.Codebase;
        var style = StyleName(settings);
        writer.WriteLine($"Packed {codebase.Files.Count:N0} files, {codebase.TotalTokens:N0} tokens, {codebase.Files.Sum(f => f.Size):N0} bytes -> {output ?? "standard output"} ({style})");
        if (codebase.Files.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Top files by tokens:");
            foreach (var (file, i) in Top(codebase).Select((f, i) => (f, i)))
            {
                writer.WriteLine($"  {i + 1}. {file.Path} ({file.TokenCount:N0} tokens, {Percent(file, codebase)})");
            }
        }

        writer.WriteLine();
        if (result.Secrets.Count == 0)
        {
            writer.WriteLine("Secrets: none found");
        }
        else
        {
            writer.WriteLine($"Secrets: {result.Secrets.Count} finding(s){(result.Redacted ? ", redacted in the pack" : "; use --redact to replace them in the pack")}");
            foreach (var s in result.Secrets)
            {
                writer.WriteLine($"  {s.Path}:{s.Line}:{s.Column}: {s.Kind} ({s.RuleId})");
            }
        }

        if (codebase.Notes.Count > 0)
        {
            var byKind = codebase.Notes.GroupBy(n => n.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {KindName(g.Key)}");
            writer.WriteLine($"Skipped or noted: {codebase.Notes.Count} ({string.Join(", ", byKind)}){(verbose ? string.Empty : "; --verbose lists them")}");
            if (verbose)
            {
                foreach (var note in codebase.Notes)
                {
                    writer.WriteLine($"  {note.Path}: {note.Message}");
                }
            }
        }

        foreach (var unknown in codebase.Unknowns)
        {
            writer.WriteLine($"Unknown: {unknown.Scope}: {unknown.Reason}");
        }
    }

    private static IEnumerable<SourceFile> Top(Codebase codebase) =>
        codebase.Files.OrderByDescending(f => f.TokenCount).ThenBy(f => f.Path, StringComparer.Ordinal).Take(TopFiles);

    private static string Percent(SourceFile file, Codebase codebase) =>
        codebase.TotalTokens == 0 ? "0%" : $"{100.0 * file.TokenCount / codebase.TotalTokens:F1}%";

    private static string StyleName(PackSettings settings) =>
        settings.Style == Ingest.Packs.PackStyle.XmlParsable ? "xml, parsable" : settings.Style.ToString().ToLowerInvariant();

    private static string KindName(IngestNoteKind kind) => kind switch
    {
        IngestNoteKind.TooLarge => "too large",
        IngestNoteKind.InvalidUtf8 => "invalid UTF-8",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string ToJson(PackResult result, PackSettings settings, string? output)
    {
        var codebase = result.Codebase;
        var summary = new
        {
            source = codebase.Origin.Source,
            origin = new { kind = codebase.Origin.Kind.ToString().ToLowerInvariant(), variant = codebase.Origin.Variant },
            output,
            style = StyleName(settings),
            files = codebase.Files.Count,
            totalTokens = codebase.TotalTokens,
            totalBytes = codebase.Files.Sum(f => f.Size),
            topFiles = Top(codebase).Select(f => new { path = f.Path, tokens = f.TokenCount }),
            fileTokens = codebase.Files.ToDictionary(f => f.Path, f => f.TokenCount, StringComparer.Ordinal),
            secrets = result.Secrets.Select(s => new { path = s.Path, line = s.Line, column = s.Column, kind = s.Kind, ruleId = s.RuleId }),
            redacted = result.Redacted,
            notes = codebase.Notes.Select(n => new { path = n.Path, kind = KindName(n.Kind), message = n.Message }),
            unknowns = codebase.Unknowns.Select(u => new { scope = u.Scope, reason = u.Reason }),
        };
        return JsonSerializer.Serialize(summary, JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
