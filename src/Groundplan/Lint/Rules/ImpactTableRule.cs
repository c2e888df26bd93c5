using Groundplan.Lint.Markdown;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP106: the spec's impacted-files table has path, change type and why columns, and each row a path and a known change type.</summary>
internal sealed class ImpactTableRule : LintRule
{
    private static readonly string[] ChangeTypes = ["edit", "new", "delete"];

    public override string Id => "GP106";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "ImpactTable";

    public override string Description => "The impacted-files table has Path, Change and Why columns; every row names a path in backticks and a change type of edit, new or delete.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        var heading = context.Outline.SectionByName("impacted files & directories") ?? context.Outline.SectionByName("impacted files");
        if (context.Layout != PlanLayout.Spec || heading is null)
        {
            yield break;
        }

        var (first, last) = context.Document.Section(heading);
        var table = context.Document.Tables.FirstOrDefault(t => t.HeaderLine >= first && t.HeaderLine <= last);
        if (table is null)
        {
            yield return At(heading.Line, "\"Impacted Files & Directories\" has no table; add `| Path | Change | Why |` with one row per file (change: edit, new or delete).", heading.Text);
            yield break;
        }

        var header = table.Header.Select(h => h.ToLowerInvariant()).ToArray();
        var pathColumn = Array.FindIndex(header, h => h.Contains("path", StringComparison.Ordinal) || h.Contains("file", StringComparison.Ordinal));
        var changeColumn = Array.FindIndex(header, h => h.Contains("change", StringComparison.Ordinal) || h == "type" || h.Contains("action", StringComparison.Ordinal));
        var whyColumn = Array.FindIndex(header, h => h.Contains("why", StringComparison.Ordinal) || h.Contains("reason", StringComparison.Ordinal) || h.Contains("purpose", StringComparison.Ordinal));
        var missing = new[] { (pathColumn, "Path"), (changeColumn, "Change"), (whyColumn, "Why") }.Where(c => c.Item1 < 0).Select(c => c.Item2).ToArray();
        if (missing.Length > 0)
        {
            yield return At(table.HeaderLine, $"The impacted-files table has no {string.Join(", ", missing.Select(m => $"\"{m}\""))} column; its header must be `| Path | Change | Why |`.", context.Document.Line(table.HeaderLine).Trim());
        }

        foreach (var (line, cells) in table.Rows)
        {
            if (pathColumn >= 0 && (pathColumn >= cells.Count || !cells[pathColumn].Contains('`', StringComparison.Ordinal)))
            {
                yield return At(line, "This impacted-files row has no path in backticks in its Path column; write the repo-relative path as `path/to/file.ext`.", context.Document.Line(line).Trim());
            }

            if (changeColumn >= 0 && changeColumn < cells.Count)
            {
                var change = cells[changeColumn].Trim('*', '`', ' ').ToLowerInvariant();
                if (!ChangeTypes.Contains(change))
                {
                    yield return At(line, $"The change type \"{cells[changeColumn]}\" is not edit, new or delete; use one of those three.", cells[changeColumn]);
                }
            }
        }
    }
}
