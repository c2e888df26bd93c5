using System.Text.RegularExpressions;

namespace Groundplan.Llm.Brief;

/// <summary>What the brief needs from a plan's text, in any of the Markdown formats: title, steps, paths, assumptions, open questions.</summary>
internal sealed partial record PlanOutline(string Title, IReadOnlyList<string> Steps, IReadOnlyList<string> Paths, IReadOnlyList<string> Assumptions, IReadOnlyList<string> Questions)
{
    public static PlanOutline Read(string plan)
    {
        var lines = plan.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var title = lines.Select(l => Heading().Match(l)).FirstOrDefault(m => m.Success)?.Groups[2].Value.Trim() ?? "the plan";
        var steps = lines.Select(l => Step().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value.Trim().TrimEnd('*').Trim()).ToArray();
        var paths = lines.SelectMany(l => CodeSpan().Matches(l)).Select(m => m.Groups[1].Value.Trim())
            .Where(p => p.Contains('/', StringComparison.Ordinal) && !p.Contains(' ', StringComparison.Ordinal) && !p.StartsWith('/'))
            .Distinct(StringComparer.Ordinal).ToArray();
        var assumptions = lines.Where(l => l.Contains("ASSUMPTION:", StringComparison.Ordinal)).Select(l => l[l.IndexOf("ASSUMPTION:", StringComparison.Ordinal)..].Trim()).ToArray();
        var questions = lines.Where(l => l.Contains("NEEDS CONFIRMATION", StringComparison.Ordinal)).Select(l => l.TrimStart('-', ' ', '*').Trim()).ToArray();
        return new PlanOutline(title, steps, paths, assumptions, questions);
    }

    [GeneratedRegex(@"^(#{1,3})\s+(?:Implementation Plan:\s*|Plan:\s*)?(.+)$")]
    private static partial Regex Heading();

    // Phase and step headings of every format, and the checklist's bold task lines ("- [ ] **1.2. Name**").
    [GeneratedRegex(@"^(?:#{2,4}\s+|\s*-\s+\[[ xX]\]\s+\*\*)((?:Phase|Step)\s+\d+.*|\d+\.\d+\..*)$")]
    private static partial Regex Step();

    [GeneratedRegex("`([^`\n]+)`")]
    private static partial Regex CodeSpan();
}
