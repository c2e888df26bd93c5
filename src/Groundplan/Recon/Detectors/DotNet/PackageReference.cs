using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.DotNet;

/// <summary>A NuGet package a project references, with its version (or <c>central</c> when Directory.Packages.props sets it).</summary>
internal sealed record PackageReference(string Package, string Version, Evidence Evidence);
