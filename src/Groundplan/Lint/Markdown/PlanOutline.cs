using System.Text.RegularExpressions;
using Groundplan.Model.Plans;

namespace Groundplan.Lint.Markdown;

/// <summary>The parts of a plan rules ask about: its phases, its step lines, its sections by name.</summary>
internal sealed partial class PlanOutline
{
    public PlanOutline(LintDocument document, PlanLayout layout)
    {
        Document = document;
        Layout = layout;
        Phases = document.Headings
            .Select(h => (Heading: h, Match: PhaseHeading().Match(h.Text)))
            .Where(x => x.Match.Success)
            .Select(x =>
            {
                var (first, last) = document.Section(x.Heading);
                var name = x.Match.Groups["name"].Value.Trim();
                return new PhaseSection(x.Heading, int.Parse(x.Match.Groups["n"].Value), name, KindOf(name), first, last);
            })
            .ToArray();
        var body = layout == PlanLayout.Spec ? SectionByName("implementation plan") is { } s ? [document.Section(s)] : Array.Empty<(int, int)>()
            : Phases.Select(p => (p.First, p.Last)).ToArray();
        StepItems = document.Items.Where(i => body.Any(b => i.Line >= b.Item1 && i.Line <= b.Item2) && !IsTaskTitle(i)).ToArray();
        Tasks = document.Items.Where(IsTaskTitle).ToArray();
    }

    public LintDocument Document { get; }

    public PlanLayout Layout { get; }

    public IReadOnlyList<PhaseSection> Phases { get; }

    /// <summary>The list items that are steps (in phases, or in the spec's implementation plan), task titles excluded.</summary>
    public IReadOnlyList<ListItem> StepItems { get; }

    /// <summary>Checklist task titles: <c>- [ ] **1.1. Name**</c>.</summary>
    public IReadOnlyList<ListItem> Tasks { get; }

    public Heading? SectionByName(string normalized) =>
        Document.Headings.FirstOrDefault(h => SectionNames.Normalize(h.Text) == normalized);

    /// <summary>The lines of the section whose normalized name is <paramref name="normalized"/>, or null.</summary>
    public (int First, int Last)? Lines(string normalized) => SectionByName(normalized) is { } h ? Document.Section(h) : null;

    public PhaseSection? PhaseAt(int line) => Phases.LastOrDefault(p => p.Heading.Line <= line && line <= p.Last);

    public static bool IsTaskTitle(ListItem item) => TaskTitle().IsMatch(item.Text);

    public static PhaseKind KindOf(string name)
    {
        var n = name.ToLowerInvariant();
        if (n.Contains("test", StringComparison.Ordinal) || n.Contains("validation", StringComparison.Ordinal) || n.Contains("verification", StringComparison.Ordinal))
        {
            return PhaseKind.Testing;
        }

        if (n.Contains("data", StringComparison.Ordinal) || n.Contains("schema", StringComparison.Ordinal) || n.Contains("database", StringComparison.Ordinal) || n.Contains("migration", StringComparison.Ordinal))
        {
            return PhaseKind.DataLayer;
        }

        if (n.Contains("backend", StringComparison.Ordinal) || n.Contains("api", StringComparison.Ordinal) || n.Contains("server", StringComparison.Ordinal) || n.Contains("service", StringComparison.Ordinal))
        {
            return PhaseKind.Backend;
        }

        if (n.Contains("frontend", StringComparison.Ordinal) || n.Contains("ui", StringComparison.Ordinal) || n.Contains("interface", StringComparison.Ordinal) || n.Contains("page", StringComparison.Ordinal))
        {
            return PhaseKind.Frontend;
        }

        return PhaseKind.Other;
    }

    [GeneratedRegex(@"^Phase\s+(?<n>\d+)\s*[:.\-–]\s*(?<name>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PhaseHeading();

    [GeneratedRegex(@"^\*\*\s*\d+(\.\d+)*\.?\s")]
    private static partial Regex TaskTitle();
}
