using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>A package a manifest depends on, with the version as written and the line that says so.</summary>
internal sealed record NodeDependency(string Name, string Version, bool Dev, PackageManifest Manifest, Evidence Evidence);
