using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Recon.Detectors.Go;

namespace Groundplan.Recon.Detectors.DotNet;

/// <summary>One .csproj as its text shows it: SDK, target framework and package references, each with its line.</summary>
internal sealed partial class DotNetProject
{
    private DotNetProject(SourceFile file, Evidence sdk, bool isWeb, string? targetFramework, Evidence? targetEvidence, IReadOnlyList<PackageReference> packages,
        bool isExe)
    {
        IsExe = isExe;
        File = file;
        Sdk = sdk;
        IsWeb = isWeb;
        TargetFramework = targetFramework;
        TargetEvidence = targetEvidence;
        Packages = packages;
    }

    public SourceFile File { get; }

    /// <summary>The project's folder with a trailing slash, or empty at the root.</summary>
    public string Directory => File.Path.Contains('/') ? File.Path[..(File.Path.LastIndexOf('/') + 1)] : string.Empty;

    public string Name => Path.GetFileNameWithoutExtension(File.Path);

    public Evidence Sdk { get; }

    public bool IsWeb { get; }

    public string? TargetFramework { get; }

    public Evidence? TargetEvidence { get; }

    public IReadOnlyList<PackageReference> Packages { get; }

    /// <summary>Whether <c>&lt;OutputType&gt;Exe&lt;/OutputType&gt;</c> makes the project a program rather than a library.</summary>
    public bool IsExe { get; }

    /// <summary>A BenchmarkDotNet project: like tests, it measures the app and is no part of it.</summary>
    public bool IsBenchmark => Packages.Any(p => p.Package == "BenchmarkDotNet");

    /// <summary>A project that ships with the application: neither tests nor benchmarks.</summary>
    public bool IsApp => !IsTest && !IsBenchmark;

    public bool IsTest => Packages.Any(p => p.Package is "xunit" or "xunit.v3" or "NUnit" or "MSTest.TestFramework" or "MSTest" or "Microsoft.NET.Test.Sdk");

    /// <summary>
    /// Every .csproj of the codebase in path order, read once per recon run and shared by the .NET detectors; empty when it
    /// has none (every .NET detector then says nothing).
    /// </summary>
    public static IReadOnlyList<DotNetProject> LoadAll(ReconContext context) => context.Shared<IReadOnlyList<DotNetProject>>(Load);

    private static IReadOnlyList<DotNetProject> Load(ReconContext context)
    {
        var central = context.Codebase.Find("Directory.Packages.props");
        var projects = new List<DotNetProject>();
        foreach (var file in context.Codebase.Files.Where(f => f.Path.EndsWith(".csproj", StringComparison.Ordinal)))
        {
            var sdk = context.FirstLine(file, l => l.Contains("<Project", StringComparison.Ordinal)) ?? context.At(file, 1);
            var target = context.FirstLine(file, l => l.Contains("<TargetFramework", StringComparison.Ordinal));
            var packages = GoProject.Matches(context, [file], PackageLine())
                .Select(m => new PackageReference(m.Match.Groups[1].Value, Version(context, central, m.Match), m.Evidence))
                .ToArray();
            projects.Add(new DotNetProject(file, sdk, sdk.Excerpt.Contains("Microsoft.NET.Sdk.Web", StringComparison.Ordinal),
                target is null ? null : TargetValue().Match(target.Excerpt).Groups[1].Value, target, packages,
                context.FirstLine(file, l => OutputExe().IsMatch(l)) is not null));
        }

        return projects;
    }

    /// <summary>The first reference to <paramref name="package"/> (or a package it prefixes, with a dot) in any project.</summary>
    public static PackageReference? Find(IEnumerable<DotNetProject> projects, string package) =>
        projects.SelectMany(p => p.Packages).FirstOrDefault(p => p.Package == package || p.Package.StartsWith(package + ".", StringComparison.Ordinal));

    /// <summary>Whether <paramref name="path"/> lies in a test or benchmark project's folder.</summary>
    public static bool InTestOrBenchmark(IEnumerable<DotNetProject> projects, string path) =>
        projects.Any(p => !p.IsApp && p.Directory.Length > 0 && path.StartsWith(p.Directory, StringComparison.Ordinal));

    /// <summary>The C# files outside bin/ and obj/, in path order.</summary>
    public static IReadOnlyList<SourceFile> CSharpFiles(ReconContext context) => context.Shared(CSharpSources.Find).All;

    /// <summary>
    /// <see cref="CSharpFiles"/> without generated ones: EF Core's migration designers and model snapshots can be two
    /// thirds of a repository's C#, and no cache, policy or DbContext a plan imitates is written there.
    /// </summary>
    public static IReadOnlyList<SourceFile> HandWrittenCSharpFiles(ReconContext context) => context.Shared(CSharpSources.Find).HandWritten;

    private static string Version(ReconContext context, SourceFile? central, Match reference)
    {
        if (reference.Groups[2].Success)
        {
            return reference.Groups[2].Value;
        }

        var package = reference.Groups[1].Value;
        var pinned = central is null ? null : GoProject.Matches(context, [central], CentralVersion())
            .FirstOrDefault(m => m.Match.Groups[1].Value == package).Match;
        return pinned?.Groups[2].Value ?? "central";
    }

    [GeneratedRegex(@"<PackageVersion\s+Include=""([^""]+)""\s+Version=""([^""]+)""")]
    private static partial Regex CentralVersion();

    [GeneratedRegex(@"<PackageReference\s+Include=""([^""]+)""(?:\s+Version=""([^""]+)"")?")]
    private static partial Regex PackageLine();

    [GeneratedRegex(@"<OutputType>\s*(?:Exe|WinExe)\s*</OutputType>", RegexOptions.IgnoreCase)]
    private static partial Regex OutputExe();

    [GeneratedRegex(@"<TargetFrameworks?>([^<;]+)")]
    private static partial Regex TargetValue();
}
