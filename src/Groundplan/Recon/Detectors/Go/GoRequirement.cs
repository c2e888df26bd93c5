using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Go;

/// <summary>A module go.mod requires, with the line that requires it.</summary>
internal sealed record GoRequirement(string Module, string Version, bool Indirect, Evidence Evidence);
