using System.Text;
using Groundplan.Llm.Prompts;
using Groundplan.Model;
using Groundplan.Tokens;

namespace Groundplan.Llm.Brief;

/// <summary>The hand-off from plan to implementation: the brief a coding model gets, with the reflection it must write first and the context the plan points at.</summary>
/// <remarks>Deterministic and offline: no model is called. The output is a prompt for a coding model, to paste or pipe.</remarks>
public static class ImplementerBrief
{
    /// <summary>The brief for <paramref name="plan"/>; with <paramref name="codebase"/>, the existing files the plan names are attached (redacted, within budget).</summary>
    public static string Compose(string plan, Codebase? codebase = null, BriefOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        options ??= new BriefOptions();
        var outline = PlanOutline.Read(plan);
        var existing = codebase is null ? [] : outline.Paths.Where(p => codebase.Find(p) is not null).ToArray();
        var created = codebase is null ? [] : outline.Paths.Where(p => codebase.Find(p) is null).ToArray();
        var text = new StringBuilder();
        text.Append($"# Implementer brief: {outline.Title}\n\n");
        text.Append(BriefTexts.Role).Append('\n');
        text.Append("\n## Phase 1: Reflection, before any code\n\n");
        text.Append("Write out your reasoning under these three headings, in order, before you write any code.\n");
        text.Append("\n### 1. Codebase-first analysis\n\n").Append(BriefTexts.Analysis).Append('\n');
        AppendList(text, "The existing files the plan builds on:", existing.Select(p => $"`{p}`"));
        AppendList(text, "The files the plan creates or that are not in the attached context:", created.Select(p => $"`{p}`"));
        text.Append("\n### 2. Specification review\n\n").Append(BriefTexts.Specification).Append('\n');
        AppendList(text, "Assumptions the plan makes (confirm or challenge each):", outline.Assumptions);
        AppendList(text, "Questions the plan leaves open (decide how you proceed on each, and say so):", outline.Questions);
        text.Append("\n### 3. Development steps\n\n").Append(BriefTexts.Steps).Append('\n');
        AppendList(text, "The plan's phases and steps, in its order:", outline.Steps.Select((s, i) => $"{i + 1}. {s}"), bullet: false);
        text.Append("\n## Phase 2: Implementation\n\n").Append(BriefTexts.Implementation).Append('\n');
        text.Append("\n## The approved plan\n\n").Append(plan.TrimEnd('\n')).Append('\n');
        if (codebase is not null)
        {
            var (pack, included) = NamedFilesPack.Build(codebase, existing, options.MaxContextTokens, !options.AllowSecrets, TokenCounters.O200k);
            text.Append("\n## Context\n\n").Append(BriefTexts.Context).Append('\n');
            if (included.Count < existing.Length)
            {
                text.Append($"\n{existing.Length - included.Count} of the {existing.Length} files did not fit the context budget; open them in the repository.\n");
            }

            text.Append('\n').Append(DataFence.Wrap("files", pack)).Append('\n');
        }

        return text.ToString();
    }

    private static void AppendList(StringBuilder text, string title, IEnumerable<string> items, bool bullet = true)
    {
        var list = items.ToArray();
        if (list.Length == 0)
        {
            return;
        }

        text.Append('\n').Append(title).Append("\n\n");
        foreach (var item in list)
        {
            text.Append(bullet ? "- " : "").Append(item).Append('\n');
        }
    }
}
