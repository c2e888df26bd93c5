using Groundplan.Model.Recon;
using Groundplan.Model;
using Groundplan.Recon.Detectors.Common;
using Groundplan.Recon.Detectors.Node;
using Groundplan.Recon;

namespace Groundplan.Lint.Grounding;

/// <summary>
/// The commands a repository can run: package.json scripts and dependencies, Makefile targets, justfile recipes,
/// the commands recon found in CI and docs, and the standard subcommands of the toolchains it uses.
/// </summary>
internal sealed partial class CommandCatalog
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _scripts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dependencies = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _makeTargets = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _justRecipes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);
    private readonly string _manifestText;

    public CommandCatalog(Codebase codebase, IReadOnlyList<ReconFact> facts, ReconContext recon)
    {
        var manifests = new System.Text.StringBuilder();
        foreach (var file in codebase.Files)
        {
            var name = Grounding.PathIndex.FileName(file.Path);
            _files.Add(name);
            var topLevel = !file.Path.Contains('/', StringComparison.Ordinal);
            if (name == "package.json" && !file.Path.Contains("node_modules/", StringComparison.Ordinal))
            {
                ReadManifest(file, recon);
            }
            else if (topLevel && name is "Makefile" or "GNUmakefile" or "makefile")
            {
                _makeTargets.UnionWith(MakefileReader.Makefile(recon.Lines(file)).Select(t => t.Name));
            }
            else if (topLevel && name is "justfile" or "Justfile" or ".justfile")
            {
                _justRecipes.UnionWith(MakefileReader.Justfile(recon.Lines(file)).Select(t => t.Name));
            }
            else if (name is "Gemfile" or "Gemfile.lock" or "pyproject.toml" or "setup.cfg" or "Pipfile" or "go.mod" or "Cargo.toml" || name.StartsWith("requirements", StringComparison.Ordinal))
            {
                manifests.Append(file.Text).Append('\n');
            }
            else if (name.EndsWith(".csproj", StringComparison.Ordinal) || name.EndsWith(".sln", StringComparison.Ordinal) || name.EndsWith(".slnx", StringComparison.Ordinal))
            {
                _files.Add("*.csproj");
            }
        }

        _manifestText = manifests.ToString();
        foreach (var fact in facts.Where(f => f.Status == FactStatus.Found && f.Topic is ReconTopic.Command or ReconTopic.TestCommand or ReconTopic.CiCommand or ReconTopic.MigrationCommand or ReconTopic.Lint))
        {
            _known.Add(fact.Name);
            _known.Add(StripNote(fact.Value));
            // "npm run db:migrate (prisma migrate dev)": both the script and what it runs are real commands.
            if (fact.Value.EndsWith(')') && fact.Value.LastIndexOf(" (", StringComparison.Ordinal) is var open and > 0)
            {
                _known.Add(fact.Value[(open + 2)..^1]);
            }
        }
    }

    public IReadOnlyCollection<string> Scripts => _scripts;

    public bool HasFile(string name) => _files.Contains(name);

    /// <summary>Whether <paramref name="command"/> is, word for word, a command recon found the repository running (CI, docs, scripts).</summary>
    public bool Knows(string command) => _known.Contains(command);

    /// <summary>Whether <paramref name="command"/> can run in this repository.</summary>
    public CommandVerdict Check(string command)
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || _known.Contains(command) || _known.Any(k => k.Length > 0 && command.StartsWith(k + " ", StringComparison.Ordinal)))
        {
            return CommandVerdict.Ok;
        }

        return words[0] switch
        {
            "npm" or "pnpm" or "yarn" or "bun" => CheckPackageManager(words),
            "npx" or "bunx" => CheckTool(words.Skip(1).FirstOrDefault(w => !w.StartsWith('-')) ?? "", command),
            "make" => CheckTarget(words, "Makefile", _makeTargets, "make"),
            "just" => CheckTarget(words, "justfile", _justRecipes, "just"),
            "go" => CheckToolchain(words, _files.Contains("go.mod"), "go.mod", GoCommands),
            "dotnet" => CheckToolchain(words, _files.Contains("*.csproj"), "project or solution file", DotNetCommands),
            "bundle" or "rails" or "rake" or "bin/rails" or "bin/rake" or "rspec" or "rubocop" => CheckRuby(words),
            "python" or "python3" or "./manage.py" or "django-admin" => CheckPython(words),
            "pytest" or "ruff" or "mypy" or "alembic" or "poetry" or "uv" or "pip" => Mentioned(words[0], _manifestText.Length > 0, "a Python project file"),
            "cargo" => CheckToolchain(words, _files.Contains("Cargo.toml"), "Cargo.toml", null),
            _ => CheckTool(words[0], command),
        };
    }

    private static string StripNote(string value) =>
        value.EndsWith(')') && value.LastIndexOf(" (", StringComparison.Ordinal) is var open and > 0 ? value[..open] : value;

    private void ReadManifest(SourceFile file, ReconContext recon)
    {
        try
        {
            var manifest = PackageManifest.Parse(file, recon);
            _scripts.UnionWith(manifest.Scripts.Select(s => s.Name));
            _dependencies.UnionWith(manifest.Dependencies.Select(d => d.Name));
            _files.Add("package.json");
        }
        catch (GroundplanException)
        {
            // A broken package.json has no scripts lint can vouch for; recon reports the file itself.
        }
    }
}
