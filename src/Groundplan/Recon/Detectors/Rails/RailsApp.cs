using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Recon.Detectors.Shared;

namespace Groundplan.Recon.Detectors.Rails;

/// <summary>A Rails application seen through its Gemfile: what every Rails detector reads first.</summary>
internal sealed partial class RailsApp
{
    private RailsApp(ReconContext context, SourceFile gemfile, Evidence railsGem)
    {
        Context = context;
        Gemfile = gemfile;
        RailsGem = railsGem;
    }

    public ReconContext Context { get; }

    public SourceFile Gemfile { get; }

    /// <summary>The Gemfile line that requires rails: the evidence that this is a Rails app at all.</summary>
    public Evidence RailsGem { get; }

    /// <summary>The Rails app at the root of the codebase, or null when the Gemfile does not require rails.</summary>
    public static RailsApp? Find(ReconContext context)
    {
        var gemfile = context.Codebase.Find("Gemfile");
        if (gemfile is null)
        {
            return null;
        }

        var rails = context.FirstLine(gemfile, l => IsGem(l, "rails") || IsGem(l, "railties"));
        return rails is null ? null : new RailsApp(context, gemfile, rails);
    }

    /// <summary>The Gemfile line that requires <paramref name="name"/>, or null.</summary>
    public Evidence? Gem(string name) => Context.FirstLine(Gemfile, l => IsGem(l, name));

    /// <summary>The version Gemfile.lock resolved for <paramref name="name"/>, with its line, or null.</summary>
    public (string Version, Evidence Evidence)? Locked(string name)
    {
        var lockFile = Context.Codebase.Find("Gemfile.lock");
        if (lockFile is null)
        {
            return null;
        }

        var prefix = "    " + name + " (";
        var evidence = Context.FirstLine(lockFile, l => l.StartsWith(prefix, StringComparison.Ordinal) && !l.StartsWith(prefix + "=", StringComparison.Ordinal));
        return evidence is null ? null : (evidence.Excerpt[(name.Length + 2)..^1], evidence);
    }

    /// <summary>Files under <paramref name="prefix"/> (a folder ending in '/') whose path ends with one of <paramref name="suffixes"/>.</summary>
    public IEnumerable<SourceFile> Files(string prefix, params string[] suffixes) =>
        Context.Codebase.Files.Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal)
            && (suffixes.Length == 0 || suffixes.Any(s => f.Path.EndsWith(s, StringComparison.Ordinal))));

    /// <summary>Every line of <paramref name="files"/> matching <paramref name="pattern"/>, in path and line order.</summary>
    public IEnumerable<(Evidence Evidence, Match Match)> Grep(IEnumerable<SourceFile> files, Regex pattern) =>
        LineMatches.Find(Context, files, pattern, skipHashComments: true).Select(m => (m.Evidence, m.Match));

    /// <summary>
    /// The first line of the repo's documentation and scripts (README, docs, bin/, Procfile, Makefile) matching
    /// <paramref name="pattern"/>, else the first such command in AGENTS.md, CONTRIBUTING or a CI workflow.
    /// </summary>
    public (Evidence Evidence, Match Match)? Documented(Regex pattern) =>
        Grep(Context.Codebase.Files.Where(IsDocumentation), pattern).Cast<(Evidence, Match)?>().FirstOrDefault()
        ?? CommandLines.Find(Context, pattern);

    public ReconFact Fact(string topic, string name, string value, string detector, params Evidence?[] evidence) =>
        new(topic, name, value, FactStatus.Found, evidence.OfType<Evidence>().ToArray(), detector);

    /// <summary>The framework's standard, flagged: evidence is the Gemfile line that makes it the standard.</summary>
    public ReconFact Default(string topic, string name, string value, string detector, Evidence? basis = null) =>
        new(topic, name, value, FactStatus.FrameworkDefault, [basis ?? RailsGem], detector);

    private static bool IsDocumentation(SourceFile file)
    {
        var path = file.Path;
        return path.StartsWith("README", StringComparison.OrdinalIgnoreCase) || path.StartsWith("docs/", StringComparison.Ordinal)
            || path.StartsWith("bin/", StringComparison.Ordinal) || path.StartsWith("Procfile", StringComparison.Ordinal)
            || path is "Makefile" or "justfile" or "Justfile";
    }

    private static bool IsGem(string line, string name) => GemLine().Match(line) is { Success: true } m && m.Groups[1].Value == name;

    [GeneratedRegex("""^\s*gem\s+["']([\w\-]+)["']""")]
    private static partial Regex GemLine();
}
