using Groundplan.Model.Recon;

namespace Groundplan.Model.Plans;

/// <summary>A line of the current system snapshot, e.g. ("Data layer", "Prisma 6 (PostgreSQL)"), with where it was seen.</summary>
public sealed record SnapshotItem(string Label, string Value, IReadOnlyList<Evidence> Evidence);
