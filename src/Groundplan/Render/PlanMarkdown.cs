using Groundplan.Model.Plans;

namespace Groundplan.Render;

/// <summary>Lines the spec and blueprint formats write the same way, so one parser reads them back.</summary>
internal static class PlanMarkdown
{
    public const string NotNeededPrefix = ChecklistRenderer.NotNeededPrefix;

    /// <summary>"path:12" or "path:12-18".</summary>
    public static string Location(string path, int start, int end) => end > start ? $"{path}:{start}-{end}" : $"{path}:{start}";

    /// <summary>"Finding (`path:12-18`)".</summary>
    public static string Discovery(KeyDiscovery discovery) =>
        $"{MarkdownText.OneLine(discovery.Text)} ({MarkdownText.Code(Location(discovery.Path, discovery.StartLine, discovery.EndLine))})";

    /// <summary>"**Label:** value (evidence: `path:3`, `path:9`)".</summary>
    public static string SnapshotLine(SnapshotItem item)
    {
        var line = $"**{MarkdownText.OneLine(item.Label)}:** {MarkdownText.OneLine(item.Value)}";
        return item.Evidence.Count == 0
            ? line
            : $"{line} (evidence: {string.Join(", ", item.Evidence.Select(e => MarkdownText.Code($"{e.Path}:{e.Line}")))})";
    }

    public static string Codes(IEnumerable<string> items, string none = "none")
    {
        var spans = items.Select(MarkdownText.Code).ToList();
        return spans.Count == 0 ? none : string.Join(", ", spans);
    }

    public static void Requirements(MarkdownWriter md, IReadOnlyList<PlanRequirement> requirements, int level)
    {
        md.Heading(level, "Functional");
        md.Bullets(requirements.Where(r => r.Functional).Select(r => r.Text));
        md.Heading(level, "Non-Functional");
        md.Bullets(requirements.Where(r => !r.Functional).Select(r => r.Text));
    }

    public static void Summary(MarkdownWriter md, ImplementationPlan plan)
    {
        md.Paragraph(plan.Summary);
        if (!string.IsNullOrWhiteSpace(plan.Request))
        {
            md.Blank().Line("**Request:** " + MarkdownText.OneLine(plan.Request)).Blank();
        }

        if (!string.IsNullOrWhiteSpace(plan.UserStory))
        {
            md.Blank().Line("**User story:** " + MarkdownText.OneLine(plan.UserStory)).Blank();
        }
    }

    public static void Questions(MarkdownWriter md, IReadOnlyList<OpenQuestion> questions)
    {
        if (questions.Count == 0)
        {
            md.Line("None.").Blank();
            return;
        }

        foreach (var question in questions)
        {
            md.Line("- [NEEDS CONFIRMATION] " + MarkdownText.OneLine(question.Question));
            if (!string.IsNullOrWhiteSpace(question.Context))
            {
                md.Line("  - Context: " + MarkdownText.OneLine(question.Context));
            }
        }

        md.Blank();
    }
}
