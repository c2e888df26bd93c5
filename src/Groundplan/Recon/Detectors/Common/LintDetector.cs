using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Common;

/// <summary>Lint and format tools, each with its config file (or the config section) as evidence.</summary>
internal sealed partial class LintDetector : IDetector
{
    // Tool -> config file names; each also matches with any extension after it (.eslintrc, .eslintrc.json).
    private static readonly (string Tool, string[] Names)[] ConfigFiles =
    [
        ("eslint", ["eslint.config.", ".eslintrc"]), ("prettier", ["prettier.config.", ".prettierrc"]), ("biome", ["biome.json", "biome.jsonc"]),
        ("stylelint", ["stylelint.config.", ".stylelintrc"]), ("rubocop", [".rubocop.yml"]), ("standardrb", [".standard.yml"]),
        ("ruff", ["ruff.toml", ".ruff.toml"]), ("flake8", [".flake8"]), ("isort", [".isort.cfg"]), ("pylint", [".pylintrc", "pylintrc"]),
        ("mypy", ["mypy.ini", ".mypy.ini"]), ("golangci-lint", [".golangci."]), ("editorconfig", [".editorconfig"]),
        ("pre-commit", [".pre-commit-config.yaml", ".pre-commit-config.yml"]), ("lefthook", ["lefthook.yml", "lefthook.yaml", ".lefthook.yml"]),
        ("lint-staged", [".lintstagedrc", "lint-staged.config."]), ("markdownlint", [".markdownlint."]), ("clang-format", [".clang-format"]),
    ];

    // Tool -> a section header in pyproject.toml / setup.cfg / tox.ini that configures it.
    private static readonly (string Tool, string Section)[] Sections =
    [
        ("ruff", "[tool.ruff"), ("black", "[tool.black]"), ("isort", "[tool.isort]"), ("mypy", "[tool.mypy]"), ("pylint", "[tool.pylint"),
        ("flake8", "[flake8]"), ("isort", "[isort]"), ("mypy", "[mypy]"),
    ];

    public string Id => "common.lint";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        var facts = new List<ReconFact>();
        foreach (var file in context.Codebase.Files)
        {
            var name = RepoPaths.FileName(file.Path);
            foreach (var (tool, _) in ConfigFiles.Where(c => c.Names.Any(n => IsConfig(name, n))))
            {
                facts.Add(Fact(tool, file.Path, context.At(file, 1)));
            }

            if (name is "pyproject.toml" or "setup.cfg" or "tox.ini")
            {
                facts.AddRange(Sections.Select(s => (s.Tool, Line: context.FirstLine(file, l => l.StartsWith(s.Section, StringComparison.Ordinal))))
                    .Where(s => s.Line is not null).DistinctBy(s => s.Tool).Select(s => Fact(s.Tool, file.Path, s.Line!)));
            }

            if (name == "package.json")
            {
                facts.AddRange(PackageJsonConfig(context, file));
            }

            if (name == "Directory.Build.props" && context.FirstLine(file, l => WarningsAsErrors().IsMatch(l)) is { } strict)
            {
                facts.Add(new ReconFact(ReconTopic.Lint, "dotnet analyzers", "TreatWarningsAsErrors in " + file.Path, FactStatus.Found, [strict], Id));
            }

            if (file.Path.StartsWith(".husky/", StringComparison.Ordinal) && RepoPaths.Depth(file.Path) == 1 && !name.StartsWith('.'))
            {
                facts.AddRange(Husky(context, file));
            }
        }

        return facts;
    }

    // The name itself, or it followed by '.' and an extension; read in place (this runs for every file and config name).
    private static bool IsConfig(string name, string config)
    {
        var stem = config.AsSpan().TrimEnd('.');
        return name.AsSpan().StartsWith(stem, StringComparison.Ordinal) && (name.Length == stem.Length || name[stem.Length] == '.');
    }

    private ReconFact Fact(string tool, string path, Evidence evidence) =>
        new(ReconTopic.Lint, tool, "configured in " + path, FactStatus.Found, [evidence], Id);

    private IEnumerable<ReconFact> PackageJsonConfig(ReconContext context, SourceFile file)
    {
        foreach (var (key, tool) in ((string, string)[])[("\"eslintConfig\"", "eslint"), ("\"prettier\": {", "prettier"), ("\"lint-staged\"", "lint-staged")])
        {
            // Only a top-level key (two-space indent) configures the tool; a dependency named the same does not.
            if (context.FirstLine(file, l => l.StartsWith("  " + key, StringComparison.Ordinal)) is { } line)
            {
                yield return Fact(tool, file.Path, line);
            }
        }
    }

    // A husky hook is a shell script: each command it runs is the check.
    private IEnumerable<ReconFact> Husky(ReconContext context, SourceFile file)
    {
        foreach (var (command, offset) in ShellLines.Split(file.Text, dropTrivia: true).Where(c => !c.Command.StartsWith(". ", StringComparison.Ordinal)))
        {
            yield return new ReconFact(ReconTopic.Lint, "husky " + RepoPaths.FileName(file.Path), command, FactStatus.Found, [context.At(file, offset + 1)], Id);
        }
    }

    [GeneratedRegex(@"<TreatWarningsAsErrors>\s*true\s*</TreatWarningsAsErrors>", RegexOptions.IgnoreCase)]
    private static partial Regex WarningsAsErrors();
}
