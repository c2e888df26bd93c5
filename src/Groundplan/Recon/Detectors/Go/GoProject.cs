using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Recon.Detectors.Shared;

namespace Groundplan.Recon.Detectors.Go;

/// <summary>A Go module as its go.mod and .go files show it: what every Go detector starts from.</summary>
internal sealed partial class GoProject
{
    private GoProject(SourceFile goMod, string modulePath, Evidence moduleEvidence)
    {
        GoMod = goMod;
        ModulePath = modulePath;
        ModuleEvidence = moduleEvidence;
    }

    public SourceFile GoMod { get; }

    public string ModulePath { get; }

    public Evidence ModuleEvidence { get; }

    public string? GoVersion { get; private set; }

    public Evidence? GoVersionEvidence { get; private set; }

    public IReadOnlyList<GoRequirement> Requires { get; private set; } = [];

    /// <summary>The module's .go files, tests included, outside vendor/ and testdata/.</summary>
    public IReadOnlyList<SourceFile> GoFiles { get; private set; } = [];

    /// <summary>The module's .go files that are not tests.</summary>
    public IEnumerable<SourceFile> CodeFiles => GoFiles.Where(f => !IsTest(f));

    /// <summary>The root go.mod's module, or null when the codebase has no Go module (every Go detector then says nothing).</summary>
    public static GoProject? Load(ReconContext context)
    {
        var goMod = context.Codebase.Find("go.mod");
        if (goMod is null)
        {
            return null;
        }

        var moduleLine = context.FirstLine(goMod, l => l.StartsWith("module ", StringComparison.Ordinal));
        if (moduleLine is null)
        {
            return null;
        }

        var project = new GoProject(goMod, moduleLine.Excerpt["module ".Length..].Trim().Trim('"'), moduleLine);
        project.ReadGoMod(context);
        project.GoFiles = context.Codebase.Files
            .Where(f => f.Path.EndsWith(".go", StringComparison.Ordinal) && !IsVendored(f.Path))
            .ToArray();
        return project;
    }

    public static bool IsTest(SourceFile file) => file.Path.EndsWith("_test.go", StringComparison.Ordinal);

    /// <summary>The requirement of <paramref name="module"/> or of a major version of it (<c>/v5</c>), or null.</summary>
    public GoRequirement? Require(string module) =>
        Requires.FirstOrDefault(r => r.Module == module || (r.Module.StartsWith(module + "/v", StringComparison.Ordinal)
            && r.Module.Length > module.Length + 2 && r.Module[(module.Length + 2)..].All(char.IsAsciiDigit)));

    /// <summary>Every line of the given files matching <paramref name="pattern"/>, in path and line order.</summary>
    public static IEnumerable<(SourceFile File, Evidence Evidence, Match Match)> Matches(
        ReconContext context, IEnumerable<SourceFile> files, Regex pattern) =>
        LineMatches.Find(context, files, pattern);

    /// <summary>The code files that import <paramref name="package"/> (exactly, or a major version of it).</summary>
    public IEnumerable<SourceFile> Importing(string package) =>
        CodeFiles.Where(f => f.Text.Contains('"' + package + '"', StringComparison.Ordinal)
            || f.Text.Contains('"' + package + "/v", StringComparison.Ordinal));

    private void ReadGoMod(ReconContext context)
    {
        var lines = context.Lines(GoMod);
        var requires = new List<GoRequirement>();
        var inRequireBlock = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("go ", StringComparison.Ordinal) && GoVersion is null)
            {
                GoVersion = line[3..].Trim();
                GoVersionEvidence = context.At(GoMod, i + 1);
            }
            else if (line == "require (")
            {
                inRequireBlock = true;
            }
            else if (line == ")")
            {
                inRequireBlock = false;
            }
            else if ((inRequireBlock || line.StartsWith("require ", StringComparison.Ordinal))
                && Requirement().Match(line) is { Success: true } match)
            {
                requires.Add(new GoRequirement(match.Groups[1].Value, match.Groups[2].Value,
                    line.Contains("// indirect", StringComparison.Ordinal), context.At(GoMod, i + 1)));
            }
        }

        Requires = requires;
    }

    private static bool IsVendored(string path) =>
        path.StartsWith("vendor/", StringComparison.Ordinal) || path.Contains("/testdata/", StringComparison.Ordinal)
        || path.StartsWith("testdata/", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:require\s+)?([A-Za-z0-9][\w.\-~/]*)\s+(v[\w.\-+]+)")]
    private static partial Regex Requirement();
}
