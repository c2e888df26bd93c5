using System.Text;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Output;

/// <summary>Writes a recon report as the Markdown "Current System Snapshot": facts with evidence, unknowns, a module diagram.</summary>
internal static class ReconMarkdownRenderer
{
    private const int MaxEvidence = 3;

    public static string Render(Codebase codebase, ReconReport report)
    {
        var md = new StringBuilder();
        md.Append("# Current System Snapshot\n\n");
        md.Append($"Source: `{codebase.Origin.Source}` ({codebase.Origin.Kind.ToString().ToLowerInvariant()}{(codebase.Origin.Variant is null ? string.Empty : ", " + codebase.Origin.Variant)}): ");
        md.Append($"{codebase.Files.Count} files, {report.Symbols.Count} symbols, {report.Imports.Count} imports.\n");

        var placed = new HashSet<ReconFact>();
        foreach (var (title, topics) in ReconSections.All)
        {
            var facts = report.Facts.Where(f => topics.Contains(f.Topic) && f.Status != FactStatus.Unknown).ToArray();
            if (facts.Length == 0)
            {
                continue;
            }

            md.Append($"\n## {title}\n\n| topic | name | value | evidence |\n| --- | --- | --- | --- |\n");
            foreach (var fact in facts)
            {
                placed.Add(fact);
                var value = fact.Status == FactStatus.FrameworkDefault ? fact.Value + " (framework default: not documented in the repo)" : fact.Value;
                md.Append($"| {Cell(fact.Topic)} | {Cell(fact.Name)} | {Cell(value)} | {Cell(EvidenceText(fact))} |\n");
            }
        }

        var others = report.Facts.Where(f => f.Status != FactStatus.Unknown && !placed.Contains(f)).ToArray();
        if (others.Length > 0)
        {
            md.Append("\n## Other facts\n\n| topic | name | value | evidence |\n| --- | --- | --- | --- |\n");
            foreach (var fact in others)
            {
                md.Append($"| {Cell(fact.Topic)} | {Cell(fact.Name)} | {Cell(fact.Value)} | {Cell(EvidenceText(fact))} |\n");
            }
        }

        var unknown = report.Facts.Where(f => f.Status == FactStatus.Unknown).ToArray();
        if (unknown.Length > 0 || codebase.Unknowns.Count > 0)
        {
            md.Append("\n## Unknown (plans must state an ASSUMPTION here)\n\n");
            foreach (var fact in unknown)
            {
                md.Append($"- {fact.Topic}: {fact.Value}\n");
            }

            foreach (var part in codebase.Unknowns)
            {
                md.Append($"- {part.Scope}: {part.Reason}\n");
            }
        }

        AppendDiagram(md, ModuleGraph.From(report.Imports));
        if (report.Diagnostics.Count > 0)
        {
            md.Append("\n## Diagnostics\n\n");
            foreach (var line in report.Diagnostics)
            {
                md.Append($"- {line}\n");
            }
        }

        return md.ToString();
    }

    private static void AppendDiagram(StringBuilder md, ModuleGraph graph)
    {
        if (graph.Edges.Count == 0)
        {
            return;
        }

        md.Append("\n## Module dependencies\n\n```mermaid\ngraph LR\n");
        var ids = graph.Modules.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => $"m{x.i}", StringComparer.Ordinal);
        foreach (var module in graph.Modules)
        {
            md.Append($"  {ids[module]}[\"{module.Replace("\"", "'", StringComparison.Ordinal)}\"]\n");
        }

        foreach (var (from, to, imports) in graph.Edges)
        {
            md.Append($"  {ids[from]} -->|{imports}| {ids[to]}\n");
        }

        md.Append("```\n");
    }

    private static string EvidenceText(ReconFact fact)
    {
        var shown = fact.Evidence.Take(MaxEvidence).Select(e => $"`{e.Path}:{e.Line}`");
        var more = fact.Evidence.Count > MaxEvidence ? $" (+{fact.Evidence.Count - MaxEvidence} more)" : string.Empty;
        return string.Join(", ", shown) + more;
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
