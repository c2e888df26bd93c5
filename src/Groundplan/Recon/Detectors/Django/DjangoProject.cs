using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Recon.Detectors.Shared;

namespace Groundplan.Recon.Detectors.Django;

/// <summary>A Django project seen through its manifests and settings: what every Django detector reads first.</summary>
internal sealed partial class DjangoProject
{
    private static readonly string[] Manifests = ["pyproject.toml", "requirements.txt", "requirements/base.txt", "Pipfile", "setup.cfg"];

    private DjangoProject(ReconContext context, Evidence djangoDependency, string? version)
    {
        Context = context;
        DjangoDependency = djangoDependency;
        Version = version;
        Settings = FindSettings(context);
        InstalledApps = Settings is null ? [] : AppsOf(Settings);
    }

    public ReconContext Context { get; }

    /// <summary>The manifest line that requires Django: the evidence that this is a Django project.</summary>
    public Evidence DjangoDependency { get; }

    /// <summary>The version constraint the manifest wrote, or null when unpinned.</summary>
    public string? Version { get; }

    /// <summary>The settings module manage.py points at, or null.</summary>
    public SourceFile? Settings { get; }

    /// <summary>The INSTALLED_APPS entries in order, each with its line.</summary>
    public IReadOnlyList<(string App, Evidence Evidence)> InstalledApps { get; }

    /// <summary>The Django project of the codebase, or null when no manifest requires Django.</summary>
    public static DjangoProject? Find(ReconContext context)
    {
        foreach (var manifest in Manifests.Select(context.Codebase.Find).OfType<SourceFile>())
        {
            var lines = context.Lines(manifest);
            for (var i = 0; i < lines.Count; i++)
            {
                if (Requirement().Match(lines[i]) is { Success: true } m && m.Groups[1].Value.Equals("django", StringComparison.OrdinalIgnoreCase))
                {
                    var version = m.Groups[2].Value.Trim().Trim('"', '\'', ',').Trim();
                    return new DjangoProject(context, context.At(manifest, i + 1), version.Length == 0 || version == "*" ? null : version);
                }
            }
        }

        return null;
    }

    /// <summary>The manifest line that requires <paramref name="package"/> (case-insensitive, '-' and '_' alike), or null.</summary>
    public Evidence? Dependency(string package) =>
        Manifests.Select(Context.Codebase.Find).OfType<SourceFile>()
            .Select(f => Context.FirstLine(f, l => Requirement().Match(l) is { Success: true } m && Normal(m.Groups[1].Value) == Normal(package)))
            .FirstOrDefault(e => e is not null);

    /// <summary>Python files, skipping migrations unless asked: migrations repeat every model and would drown the real call sites.</summary>
    public IEnumerable<SourceFile> PythonFiles(bool migrations = false) =>
        Context.Codebase.Files.Where(f => f.Path.EndsWith(".py", StringComparison.Ordinal)
            && (migrations || !f.Path.Contains("/migrations/", StringComparison.Ordinal)));

    /// <summary>Every line of <paramref name="files"/> matching <paramref name="pattern"/>, skipping comments.</summary>
    public IEnumerable<(Evidence Evidence, Match Match)> Grep(IEnumerable<SourceFile> files, Regex pattern) =>
        LineMatches.Find(Context, files, pattern, skipHashComments: true).Select(m => (m.Evidence, m.Match));

    public Evidence? First(IEnumerable<SourceFile> files, Regex pattern) => Grep(files, pattern).Select(h => h.Evidence).FirstOrDefault();

    /// <summary>
    /// The first line of README, docs, Makefile, justfile or scripts/ matching <paramref name="pattern"/>, else the
    /// first such command in AGENTS.md, CONTRIBUTING or a CI workflow.
    /// </summary>
    public (Evidence Evidence, Match Match)? Documented(Regex pattern) =>
        Grep(Context.Codebase.Files.Where(f => f.Path.StartsWith("README", StringComparison.OrdinalIgnoreCase)
            || f.Path.StartsWith("docs/", StringComparison.Ordinal) || f.Path.StartsWith("scripts/", StringComparison.Ordinal)
            || f.Path is "Makefile" or "justfile" or "Justfile"), pattern).Cast<(Evidence, Match)?>().FirstOrDefault()
        ?? CommandLines.Find(Context, pattern);

    public ReconFact Fact(string topic, string name, string value, string detector, params Evidence?[] evidence) =>
        new(topic, name, value, FactStatus.Found, evidence.OfType<Evidence>().ToArray(), detector);

    /// <summary>A documented command when the repo writes one, else Django's standard flagged as such.</summary>
    public ReconFact Command(string topic, string name, Regex documented, string standard, string detector, Evidence? basis = null) =>
        Documented(documented) is { } hit
            ? Fact(topic, name, hit.Match.Value.Trim(), detector, hit.Evidence)
            : new ReconFact(topic, name, standard, FactStatus.FrameworkDefault, [basis ?? DjangoDependency], detector);

    private static string Normal(string name) => name.ToLowerInvariant().Replace('_', '-');

    private static SourceFile? FindSettings(ReconContext context)
    {
        var manage = context.Codebase.Find("manage.py");
        var module = manage is null ? null : context.Lines(manage).Select(l => SettingsModule().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
        if (module is null)
        {
            return null;
        }

        var path = module.Replace('.', '/');
        return context.Codebase.Find(path + ".py") ?? context.Codebase.Find(path + "/__init__.py") ?? context.Codebase.Find(path + "/base.py");
    }

    private List<(string, Evidence)> AppsOf(SourceFile settings)
    {
        var apps = new List<(string, Evidence)>();
        var lines = Context.Lines(settings);
        var start = lines.ToList().FindIndex(l => l.TrimStart().StartsWith("INSTALLED_APPS", StringComparison.Ordinal));
        for (var i = start + 1; start >= 0 && i < lines.Count && !lines[i].TrimStart().StartsWith(']') && !lines[i].TrimStart().StartsWith(')'); i++)
        {
            if (QuotedApp().Match(lines[i]) is { Success: true } m)
            {
                apps.Add((m.Groups[1].Value, Context.At(settings, i + 1)));
            }
        }

        return apps;
    }

    // A requirement: "django>=5.1" in requirements.txt, "Django>=5.1,<5.2", in pyproject, django = "^5.1" in Pipfile/poetry.
    [GeneratedRegex("""^\s*["']?([A-Za-z][\w.\-]*)(?:\[[\w,\s]*\])?\s*(?:=\s*)?["']?\s*([<>=~!^*][^"'#;]*)?["']?\s*,?\s*(?:#.*)?$""")]
    private static partial Regex Requirement();

    [GeneratedRegex("""DJANGO_SETTINGS_MODULE["']\s*,\s*["']([\w.]+)["']""")]
    private static partial Regex SettingsModule();

    [GeneratedRegex("""^\s*["']([\w.]+)["']\s*,?""")]
    private static partial Regex QuotedApp();
}
