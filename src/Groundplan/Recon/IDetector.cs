using Groundplan.Model.Recon;

namespace Groundplan.Recon;

/// <summary>Finds facts of one kind in a codebase.</summary>
/// <remarks>
/// A detector never prints and never guesses: it reports what the evidence shows, a flagged framework default,
/// or nothing. A detector for a stack it does not know contributes nothing. Exceptions are caught by the
/// pipeline and become diagnostics naming <see cref="Id"/>.
/// </remarks>
public interface IDetector
{
    /// <summary>A stable id, e.g. <c>node.prisma</c>.</summary>
    string Id { get; }

    /// <summary>
    /// The topics (<see cref="ReconTopic"/>) of every fact this detector can report, or null when it does not say. A caller that
    /// needs only some topics (lint) skips the detectors that declare none of them.
    /// </summary>
    IReadOnlySet<string>? Topics => null;

    /// <summary>The facts this detector finds.</summary>
    IEnumerable<ReconFact> Detect(ReconContext context);
}
