using System.Globalization;
using System.Text;
using Groundplan.Render;
using Microsoft.Extensions.AI;

namespace Groundplan.Llm.Prompts;

/// <summary>Turns a <see cref="PromptContext"/> into the messages of each conversation: the draft, the reviews, the follow-ups.</summary>
internal static class PromptAssembler
{
    public static List<ChatMessage> Draft(PromptContext context, PlanFormat format)
    {
        var system = SystemPrompts.Planner + "\n\n" + FormatContracts.For(format)
            + (context.CodeLanguage.Length > 0 ? $"\nCode blocks use the codebase's main language: {context.CodeLanguage}.\n" : "\n");
        var user = new StringBuilder(Material(context));
        if (context.SkeletonPlan is { } skeleton)
        {
            user.Append("\n## Draft to refine\n\n").Append(ReviewPrompts.Skeleton).Append('\n').Append(DataFence.Wrap("offline-draft", skeleton)).Append('\n');
        }

        user.Append(CultureInfo.InvariantCulture, $"\nWrite the {format.ToString().ToLowerInvariant()} plan for the request now.\n");
        return [new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, user.ToString())];
    }

    public static List<ChatMessage> Review(PromptContext context, string instructions, string plan) =>
    [
        new ChatMessage(ChatRole.System, SystemPrompts.Reviewer + "\n\n" + instructions),
        new ChatMessage(ChatRole.User, Material(context) + "\n## Plan under review\n\n" + plan.TrimEnd('\n') + "\n"),
    ];

    public static ChatMessage FollowUp(string instructions, IEnumerable<string> items) =>
        new(ChatRole.User, instructions + "\n\n" + string.Concat(items.Select(i => "- " + i + "\n")));

    private static string Material(PromptContext context)
    {
        var text = new StringBuilder();
        text.Append("# Planning input\n\n## User story / business goal\n\n").Append(string.IsNullOrWhiteSpace(context.Story) ? "(not given)" : context.Story.Trim()).Append('\n');
        text.Append("\n## Request\n\n").Append(context.Request.Trim()).Append('\n');
        if (context.ReconSnapshot.Length > 0)
        {
            text.Append("\n## Recon snapshot\n\nWhat the analysis found in the repository, with evidence:\n\n").Append(DataFence.Wrap("recon", context.ReconSnapshot)).Append('\n');
        }

        text.Append("\n## Ranked files\n\nThe files the request most likely touches, best first, with the ranker's reasons:\n\n");
        if (context.RankedFiles.Count == 0)
        {
            text.Append("(none ranked: plan from the structure in the recon snapshot)\n");
        }

        foreach (var file in context.RankedFiles)
        {
            text.Append(CultureInfo.InvariantCulture, $"- `{DataFence.Neutralize(file.Path)}` (score {file.Score:0.###}): {DataFence.Neutralize(string.Join("; ", file.Reasons))}\n");
        }

        foreach (var proposal in context.NewFileProposals)
        {
            text.Append("- new file proposed: `").Append(DataFence.Neutralize(proposal)).Append("`\n");
        }

        text.Append("\n## Context pack\n\nThe recon snapshot (stack, data layer, caching, auth, tests, commands, with evidence), the directory structure, and the highest-ranked files that fit the budget (whole, or their symbols' signatures):\n\n").Append(DataFence.Wrap("files", context.ContextPack)).Append('\n');
        return text.ToString();
    }
}
