using Groundplan.Model;

namespace Groundplan.Recon.Detectors.Common;

/// <summary>The command-line tools a repository evidently uses, judged by the files that call for them.</summary>
internal sealed class RepoTools
{
    // Marker file name -> the commands it makes plausible.
    private static readonly (string Marker, string[] Tools)[] ByMarker =
    [
        ("package.json", ["npm", "npx", "node"]), ("yarn.lock", ["yarn"]), ("pnpm-lock.yaml", ["pnpm", "pnpx"]),
        ("bun.lockb", ["bun", "bunx"]), ("bun.lock", ["bun", "bunx"]), ("deno.json", ["deno"]),
        ("Makefile", ["make"]), ("GNUmakefile", ["make"]), ("justfile", ["just"]), ("Justfile", ["just"]), ("Taskfile.yml", ["task"]),
        ("go.mod", ["go"]), ("Cargo.toml", ["cargo"]), ("Gemfile", ["bundle", "ruby", "rake", "rails", "rspec"]),
        ("pyproject.toml", ["python", "python3", "pip", "pip3", "pytest"]), ("requirements.txt", ["python", "python3", "pip", "pip3"]),
        ("setup.py", ["python", "python3", "pip", "pip3"]), ("Pipfile", ["pipenv", "python", "python3"]), ("uv.lock", ["uv", "uvx"]),
        ("poetry.lock", ["poetry"]), ("manage.py", ["python", "python3"]), ("tox.ini", ["tox"]), ("noxfile.py", ["nox"]),
        ("Dockerfile", ["docker"]), ("docker-compose.yml", ["docker", "docker-compose"]), ("docker-compose.yaml", ["docker", "docker-compose"]),
        ("compose.yml", ["docker"]), ("compose.yaml", ["docker"]), (".pre-commit-config.yaml", ["pre-commit"]),
        ("composer.json", ["composer", "php"]), ("mix.exs", ["mix"]), ("pom.xml", ["mvn"]), ("build.gradle", ["gradle"]),
        ("build.gradle.kts", ["gradle"]),
    ];

    // Python tools show up as dependencies rather than marker files.
    private static readonly string[] PythonTools = ["ruff", "black", "isort", "flake8", "mypy", "uvicorn", "gunicorn", "alembic", "django-admin"];

    private readonly HashSet<string> _tools = new(StringComparer.Ordinal);
    private readonly Codebase _codebase;

    public RepoTools(Codebase codebase)
    {
        _codebase = codebase;
        foreach (var file in codebase.Files)
        {
            var name = RepoPaths.FileName(file.Path);
            foreach (var (_, tools) in ByMarker.Where(m => m.Marker == name))
            {
                _tools.UnionWith(tools);
            }

            if (RepoPaths.Extension(name) is "csproj" or "fsproj" or "sln" or "slnx")
            {
                _tools.Add("dotnet");
            }

            if (name is "pyproject.toml" or "requirements.txt" or "requirements-dev.txt" or "setup.cfg")
            {
                _tools.UnionWith(PythonTools.Where(t => file.Text.Contains(t, StringComparison.Ordinal)));
            }
        }
    }

    /// <summary>Whether <paramref name="command"/> runs one of the repository's tools or one of its own files.</summary>
    public bool Runs(string command)
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Leading environment assignments (FOO=bar cmd) do not name the tool.
        var program = words.SkipWhile(w => w.Contains('=', StringComparison.Ordinal)).FirstOrDefault();
        if (program is null)
        {
            return false;
        }

        var local = program.StartsWith("./", StringComparison.Ordinal) ? program[2..] : program;
        return _tools.Contains(program) || (local.Contains('/', StringComparison.Ordinal) && _codebase.Find(local) is not null);
    }
}
