using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>A package.json script: its name, its command line and where it is written.</summary>
internal sealed record NodeScript(string Name, string Command, PackageManifest Manifest, Evidence Evidence);
