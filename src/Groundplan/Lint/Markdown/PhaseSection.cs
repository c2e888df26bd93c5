using Groundplan.Model.Plans;

namespace Groundplan.Lint.Markdown;

/// <summary>A phase heading ("Phase 2: Backend Logic"), its number and kind, and the lines it owns.</summary>
internal sealed record PhaseSection(Heading Heading, int Number, string Name, PhaseKind Kind, int First, int Last);
