using System.Text;
using Groundplan.Model.Plans;
using Groundplan.Render;

namespace Groundplan.Llm.Review;

/// <summary>Writes the review passes' results into the plan text: the Plan Completeness Audit and the Open Questions sections.</summary>
internal static class PlanSections
{
    public static string WithAuditAndQuestions(string plan, PlanFormat format, IReadOnlyList<string> audit, IReadOnlyList<OpenQuestion> questions)
    {
        var text = plan;
        var level = format == PlanFormat.Checklist ? "####" : "##";
        if (audit.Count > 0 && format == PlanFormat.Spec)
        {
            text = Replace(text, "## Plan Completeness Audit", string.Concat(audit.Select(a => $"- [x] {a}\n")));
        }

        // The spec always has the section ("None." when empty); the other formats get one only when something is open.
        if (questions.Count > 0 || format == PlanFormat.Spec)
        {
            var body = questions.Count == 0
                ? "None.\n"
                : string.Concat(questions.Select(q => $"- [NEEDS CONFIRMATION] {q.Question}{(q.Context.Length > 0 ? $" ({q.Context})" : "")}\n"));
            text = Replace(text, $"{level} Open Questions", body);
        }

        return text;
    }

    // Replaces the body under a heading up to the next heading of the same or a higher level, or appends the section.
    public static string Replace(string text, string heading, string body)
    {
        var lines = text.TrimEnd('\n').Split('\n').ToList();
        var level = heading.IndexOf(' ', StringComparison.Ordinal);
        var start = lines.FindIndex(l => l.TrimEnd() == heading || l.StartsWith(heading + " ", StringComparison.Ordinal));
        if (start < 0)
        {
            return string.Join('\n', lines) + $"\n\n{heading}\n\n{body}";
        }

        var end = start + 1;
        while (end < lines.Count && !IsHeadingAtMost(lines[end], level))
        {
            end++;
        }

        var result = new StringBuilder();
        result.AppendJoin('\n', lines.Take(start + 1)).Append("\n\n").Append(body);
        if (end < lines.Count)
        {
            result.Append('\n').AppendJoin('\n', lines.Skip(end)).Append('\n');
        }

        return result.ToString();
    }

    private static bool IsHeadingAtMost(string line, int level)
    {
        var hashes = line.TakeWhile(c => c == '#').Count();
        return hashes > 0 && hashes <= level && line.Length > hashes && line[hashes] == ' ';
    }
}
