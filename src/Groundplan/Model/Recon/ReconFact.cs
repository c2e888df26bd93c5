namespace Groundplan.Model.Recon;

/// <summary>One thing recon established about a codebase, with where it saw it.</summary>
/// <param name="Topic">What the fact is about: one of <see cref="ReconTopic"/>.</param>
/// <param name="Name">The subject within the topic, e.g. <c>prisma</c>, <c>unit</c>, <c>src/app/</c>, <c>db:migrate</c>.</param>
/// <param name="Value">What recon found, e.g. a version, a command line, a role, a convention.</param>
/// <param name="Status">Found, a flagged framework default, or unknown.</param>
/// <param name="Evidence">Where it was seen; empty only for unknown facts.</param>
/// <param name="Detector">The id of the detector that reported it.</param>
public sealed record ReconFact(string Topic, string Name, string Value, FactStatus Status, IReadOnlyList<Evidence> Evidence, string Detector);
